import { noLegal, type Builder } from "./shared";

/**
 * Template: Heart failure with an implanted defibrillator, living alone (Polish speaker). A test fixture and a scale-seed template; the demo people's own
 * plans are in ../people/.
 */
export const heartFailure: Builder = (daysAgo, monthsAhead) => ({
  aboutMe: {
    preferredName: null,
    communicationNeeds: null,
    interpreterNeeded: "yes",
    language: "Polish",
    whatMattersMost: "Seeing his granddaughter's wedding next spring. Staying independent.",
    fearsOrWishesToAvoid: "Being kept alive on machines if there is no chance of getting better.",
    religiousOrCulturalNeeds: "Roman Catholic.",
  },
  clinicalBackground: {
    diagnoses: [
      { description: "Heart failure with reduced ejection fraction", snomedCode: "84114007" },
      { description: "Atrial fibrillation", snomedCode: "49436004" },
    ],
    prognosis: "about-a-year",
    awareOfPrognosis: "yes",
    functionalStatus: "Breathless walking 50 metres. Independent with personal care.",
    allergies: "No known allergies",
    relevantHistory: "Implantable defibrillator fitted 2021. Two admissions with fluid overload this year.",
    disabilities: null,
  },
  clinicalRecommendations: {
    clinicalFocus: "balance",
    interventions: [
      { intervention: "Hospital admission", recommendation: "consider", notes: "For treatable causes, such as fluid overload or infection." },
      { intervention: "Ventilation (intubation)", recommendation: "avoid", notes: null },
      { intervention: "Non-invasive ventilation", recommendation: "consider", notes: "Trial only, stop if not helping." },
    ],
    ceilingOfTreatment: "Ward-based care including IV diuretics; not intensive care.",
  },
  cpr: {
    decision: "recommended",
    decisionDate: daysAgo(60),
    reviewDate: monthsAhead(4),
    madeBy: { name: "Dr Sarah Lewis", role: "Consultant cardiologist", registrationNumber: null },
    capacity: "has-capacity",
    // The discussion is asked only when CPR is not recommended (cpr.ts).
    reasons: null,
    discussedWithPatient: null,
    discussionDetails: null,
    familyInformed: "yes",
    formLocation: null,
  },
  capacityAndLegal: { hasCapacity: "yes", ...noLegal() },
  preferences: {
    preferredPlaceOfCare: "Home",
    preferredPlaceOfDeath: "undecided",
    preferredPlaceOfDeathOther: null,
    secondPlaceOfDeath: null,
    secondPlaceOfDeathOther: null,
    organDonation: null,
    otherWishes: "Discuss switching off the defibrillator when his condition worsens.",
  },
  medicines: {
    medicinesOfNote: ["anticoagulants"],
    otherMedicines: "Furosemide, bisoprolol, sacubitril with valsartan, edoxaban.",
    anticipatoryIssued: "no",
    anticipatoryMedicines: null,
    anticipatoryLocation: null,
  },
  contacts: {
    whoToCallFirst: "His daughter Anna",
    people: [{ name: "Anna Nowak", relationship: "Daughter", role: "next-of-kin", phone: "07700 900 789", notes: "Speaks English and Polish." }],
    professionals: [
      { name: "Heart failure nurse team", role: "Specialist nurses", organisation: "City Hospital", phone: "0113 496 0555" },
      { name: "Dr Ben Clarke", role: "GP", organisation: "Parkside Surgery", phone: "0113 496 0100" },
    ],
  },
  homeAndAccess: {
    livingSituation: "Lives alone in a second-floor flat with a lift.",
    accessInstructions: null,
    equipment: null,
    pets: null,
    safeguarding: null,
  },
  crisisGuidance: { items: [] },
  planDetails: { consentBasis: "explicit-consent", reviewDate: monthsAhead(11), changeSummary: null },
});
