import { noLegal, type Builder } from "./shared";

/**
 * Template: Pancreatic cancer in the last weeks of life, at home (Raj Patel). A test fixture and a scale-seed template; the demo people's own
 * plans are in ../people/.
 */
export const metastaticCancer: Builder = (daysAgo, monthsAhead) => ({
  aboutMe: {
    preferredName: "Raj",
    communicationNeeds: null,
    interpreterNeeded: "no",
    language: "English and Gujarati",
    whatMattersMost: "Being at home with his wife and grandchildren, and being comfortable and alert enough to talk to them.",
    fearsOrWishesToAvoid: "Dying in hospital. Being in pain.",
    religiousOrCulturalNeeds: "Hindu. Family would like to be present and to wash his body after death.",
  },
  clinicalBackground: {
    diagnoses: [
      { description: "Pancreatic cancer", snomedCode: "363418001" },
      { description: "Liver metastases", snomedCode: "94381002" },
      { description: "Type 2 diabetes", snomedCode: "44054006" },
    ],
    prognosis: "last-weeks",
    awareOfPrognosis: "yes",
    functionalStatus: "Spends most of the day in bed. Walks to the bathroom with help.",
    allergies: null,
    relevantHistory: "Chemotherapy stopped 2 months ago at his request.",
    disabilities: null,
  },
  clinicalRecommendations: {
    clinicalFocus: "comfort",
    interventions: [
      { intervention: "Hospital admission", recommendation: "avoid", notes: "Raj does not want to go to hospital under any circumstances." },
      { intervention: "Syringe driver for symptom control", recommendation: "consider", notes: null },
    ],
    ceilingOfTreatment: "Symptom control at home.",
  },
  cpr: {
    decision: "not-recommended",
    decisionDate: daysAgo(14),
    reviewDate: null,
    madeBy: { name: "Dr Tom Okafor", role: "Consultant in palliative medicine", registrationNumber: "6123456" },
    capacity: "has-capacity",
    reasons: "Advanced cancer in the last weeks of life: CPR would not be successful.",
    discussedWithPatient: "yes",
    discussionDetails: "Discussed with Raj and his wife Meena at home; they agreed.",
    familyInformed: "yes",
    formLocation: "Purple folder on the kitchen table",
  },
  capacityAndLegal: { hasCapacity: "yes", ...noLegal() },
  preferences: {
    preferredPlaceOfCare: "Home",
    preferredPlaceOfDeath: "home",
    preferredPlaceOfDeathOther: null,
    secondPlaceOfDeath: "hospice",
    secondPlaceOfDeathOther: null,
    organDonation: "Does not wish to donate.",
    otherWishes: null,
  },
  medicines: {
    medicinesOfNote: ["insulin", "opioids"],
    otherMedicines: "Creon with meals. Modified-release morphine 30 mg twice a day.",
    anticipatoryIssued: "yes",
    anticipatoryMedicines: "Morphine sulfate, midazolam, haloperidol, hyoscine butylbromide; water for injection.",
    anticipatoryLocation: "Locked box in the kitchen cupboard above the kettle",
  },
  contacts: {
    whoToCallFirst: "St Catherine's Hospice advice line",
    people: [
      { name: "Meena Patel", relationship: "Wife", role: "main-carer", phone: "07700 900 456", notes: null },
      { name: "Anil Patel", relationship: "Son", role: "next-of-kin", phone: "07700 900 457", notes: "Lives 10 minutes away." },
    ],
    professionals: [
      { name: "St Catherine's Hospice advice line", role: "Specialist palliative care", organisation: "St Catherine's Hospice", phone: "0808 157 0123" },
      { name: "District nursing team", role: "Key worker", organisation: "Community Health Trust", phone: "020 7946 0321" },
    ],
  },
  homeAndAccess: {
    livingSituation: "Lives with his wife in a ground-floor flat.",
    accessInstructions: "Key safe to the left of the front door, code 4821.",
    equipment: "Hospital bed, commode.",
    pets: null,
    safeguarding: null,
  },
  crisisGuidance: {
    items: [
      { heading: "Sudden severe pain", guidance: "Give the breakthrough morphine dose from the anticipatory medicines and call the hospice advice line." },
    ],
  },
  planDetails: { consentBasis: "explicit-consent", reviewDate: monthsAhead(1), changeSummary: "Updated after discharge from the oncology team." },
});
