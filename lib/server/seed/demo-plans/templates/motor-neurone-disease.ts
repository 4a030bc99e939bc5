import type { Builder } from "./shared";

/**
 * Template: Motor neurone disease with an ADRT and attorneys (Elaine Hughes). A test fixture and a scale-seed template; the demo people's own
 * plans are in ../people/.
 */
export const motorNeuroneDisease: Builder = (daysAgo, monthsAhead) => ({
  aboutMe: {
    preferredName: null,
    communicationNeeds: "Speech is difficult to understand. Uses an eye-gaze tablet; give her time to answer.",
    interpreterNeeded: "no",
    language: null,
    whatMattersMost: "Staying at home, being able to communicate, and not being kept alive by a machine.",
    fearsOrWishesToAvoid: "Choking. Being on a ventilator.",
    religiousOrCulturalNeeds: null,
  },
  clinicalBackground: {
    diagnoses: [{ description: "Motor neurone disease", snomedCode: "37340000" }],
    prognosis: "last-months",
    awareOfPrognosis: "yes",
    functionalStatus: "Uses a powered wheelchair. Fed through a gastrostomy (PEG).",
    allergies: null,
    relevantHistory: "Diagnosed 2023. Gastrostomy 2024.",
    disabilities: "Cannot use her arms or legs. Speech affected.",
  },
  clinicalRecommendations: {
    clinicalFocus: "balance",
    interventions: [
      { intervention: "Invasive ventilation", recommendation: "avoid", notes: "Refused in her advance decision." },
      { intervention: "Non-invasive ventilation", recommendation: "consider", notes: "Uses overnight NIV at home." },
      { intervention: "Hospital admission", recommendation: "consider", notes: "For treatable problems only, such as a blocked gastrostomy." },
    ],
    ceilingOfTreatment: "No intubation or tracheostomy.",
  },
  cpr: {
    decision: "not-recommended",
    decisionDate: daysAgo(20),
    reviewDate: monthsAhead(3),
    madeBy: { name: "Dr Helen Price", role: "Consultant neurologist", registrationNumber: "6543210" },
    capacity: "has-capacity",
    reasons: "Progressive respiratory failure: Elaine has also refused CPR in her advance decision.",
    discussedWithPatient: "yes",
    discussionDetails: "Discussed with Elaine and her husband David at the MND clinic.",
    familyInformed: "yes",
    formLocation: "Blue folder on the back of the bedroom door",
  },
  capacityAndLegal: {
    hasCapacity: "yes",
    capacityDetails: null,
    hasLpaHealthWelfare: "yes",
    attorneys: [
      { name: "David Hughes", relationship: "Husband", phone: "07700 900 654" },
      { name: "Sian Hughes", relationship: "Daughter", phone: null },
    ],
    hasAdrt: "yes",
    adrtDetails: "Refuses invasive ventilation (including tracheostomy) and CPR, even if her life is at risk.",
    adrtLocation: "Blue folder with the ReSPECT form; copy held by the GP",
  },
  preferences: {
    preferredPlaceOfCare: "Home",
    preferredPlaceOfDeath: "home",
    preferredPlaceOfDeathOther: null,
    secondPlaceOfDeath: "other",
    secondPlaceOfDeathOther: "Her daughter's house in Cardiff",
    organDonation: "Would like to donate her brain and spinal cord to MND research (registered).",
    otherWishes: null,
  },
  medicines: {
    medicinesOfNote: [],
    otherMedicines: "Riluzole and baclofen through the gastrostomy.",
    anticipatoryIssued: "not-known",
    anticipatoryMedicines: null,
    anticipatoryLocation: null,
  },
  contacts: {
    whoToCallFirst: "Her husband David",
    people: [
      { name: "David Hughes", relationship: "Husband", role: "lpa", phone: "07700 900 654", notes: "Main carer." },
      { name: "Sian Hughes", relationship: "Daughter", role: "lpa", phone: null, notes: "Lives in Cardiff." },
    ],
    professionals: [{ name: "MND care centre", role: "Coordinator", organisation: "University Hospital", phone: "0161 496 0777" }],
  },
  homeAndAccess: {
    livingSituation: "Lives with her husband in an adapted bungalow.",
    accessInstructions: "Ramp at the side door; door is usually unlocked when David is home.",
    equipment: "Powered wheelchair, NIV machine, cough assist, suction, gastrostomy pump.",
    pets: "Friendly dog (Bess).",
    safeguarding: null,
  },
  crisisGuidance: {
    items: [{ heading: "Choking", guidance: "Use the suction and cough assist machine by the bed. David knows how to use them." }],
  },
  planDetails: { consentBasis: "explicit-consent", reviewDate: monthsAhead(3), changeSummary: "ADRT added." },
});
