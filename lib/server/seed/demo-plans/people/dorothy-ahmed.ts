import { heartFailure } from "../templates/heart-failure";
import { fit, type DemoPersonPlan } from "./fit";

/**
 * Dorothy Ahmed, 68: COPD and heart failure, lives with her husband in Walworth. She has withdrawn
 * consent to share her plan (the seed records it): emergency services see that it is not shared.
 */
const plan = fit(heartFailure, (daysAgo, monthsAhead) => ({
  aboutMe: {
    interpreterNeeded: "no",
    language: "English",
    whatMattersMost: "Her privacy, her husband Ray, and her allotment in summer.",
    fearsOrWishesToAvoid: "Intensive care and being put on a breathing machine.",
    religiousOrCulturalNeeds: null,
  },
  clinicalBackground: {
    diagnoses: [
      { description: "Chronic obstructive pulmonary disease", snomedCode: "13645005" },
      { description: "Heart failure with reduced ejection fraction", snomedCode: "84114007" },
    ],
    functionalStatus: "Breathless walking 30 metres. Home oxygen at night.",
    relevantHistory: "Three admissions with chest infections in the last two years.",
  },
  clinicalRecommendations: {
    interventions: [
      { intervention: "Hospital admission", recommendation: "consider", notes: "For a treatable cause such as a chest infection." },
      { intervention: "Ventilation (intubation)", recommendation: "avoid", notes: null },
    ],
  },
  cpr: {
    decision: "not-recommended",
    decisionDate: daysAgo(50),
    reviewDate: null,
    madeBy: { name: "Dr Amara Mensah", role: "GP", registrationNumber: "7012345" },
    reasons: "Severe lung and heart disease: CPR would be very unlikely to work.",
    discussedWithPatient: "yes",
    discussionDetails: "Discussed with Dorothy at the surgery; she agreed and asked that her husband be told.",
    familyInformed: "yes",
    formLocation: "Top drawer of the bedside table",
  },
  preferences: { preferredPlaceOfDeath: "home", otherWishes: null },
  medicines: { otherMedicines: "Inhalers (tiotropium, salbutamol), furosemide, bisoprolol, edoxaban." },
  contacts: {
    whoToCallFirst: "Her husband Ray",
    people: [{ name: "Ray Ahmed", relationship: "Husband", role: "next-of-kin", phone: "07700 900 171", notes: null }],
    professionals: [{ name: "Dr Amara Mensah", role: "GP", organisation: "Camberwell Green Surgery", phone: "020 7946 0101" }],
  },
  homeAndAccess: { livingSituation: "Lives with her husband in a second-floor flat with a lift.", equipment: "Home oxygen concentrator." },
  planDetails: { reviewDate: monthsAhead(9), changeSummary: "First plan, agreed with Dorothy." },
}));

export const dorothyAhmed: DemoPersonPlan = { patient: 17, versions: [plan] };
