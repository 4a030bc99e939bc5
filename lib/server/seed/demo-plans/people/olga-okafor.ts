import { heartFailure } from "../templates/heart-failure";
import { fit, type DemoPersonPlan } from "./fit";

// Olga Okafor, 41: heart failure after pregnancy (peripartum cardiomyopathy), with an ICD; full treatment, CPR recommended.
const plan = fit(heartFailure, (daysAgo, monthsAhead) => ({
  aboutMe: {
    interpreterNeeded: "no",
    language: "English and Russian",
    whatMattersMost: "Seeing her son Daniel start school next year. Going back to work as a pharmacist.",
    fearsOrWishesToAvoid: "Being kept alive on machines if there is no chance of getting better.",
    religiousOrCulturalNeeds: "Russian Orthodox.",
  },
  clinicalBackground: {
    diagnoses: [
      { description: "Peripartum cardiomyopathy", snomedCode: "62377009" },
      { description: "Heart failure with reduced ejection fraction", snomedCode: "84114007" },
    ],
    prognosis: "more-than-a-year",
    relevantHistory: "Diagnosed after Daniel's birth in 2021. Implantable defibrillator fitted 2022.",
  },
  clinicalRecommendations: {
    clinicalFocus: "extend-life",
    ceilingOfTreatment: "Full escalation including intensive care.",
    interventions: [{ intervention: "Hospital admission", recommendation: "consider", notes: "Take to Denmark Hill Hospital: her cardiology team is there." }],
  },
  cpr: { decisionDate: daysAgo(60), reviewDate: monthsAhead(6), madeBy: { name: "Dr Sarah Lewis", role: "Consultant cardiologist", registrationNumber: null } },
  preferences: { preferredPlaceOfDeath: null, otherWishes: null },
  medicines: { medicinesOfNote: ["anticoagulants"], otherMedicines: "Bisoprolol, sacubitril with valsartan, spironolactone, apixaban." },
  contacts: {
    whoToCallFirst: "Her husband Emeka",
    people: [{ name: "Emeka Okafor", relationship: "Husband", role: "next-of-kin", phone: "07700 900 851", notes: null }],
    professionals: [{ name: "Heart failure nurse team", role: "Specialist nurses", organisation: "Denmark Hill Hospital", phone: "020 7946 0555" }],
  },
  homeAndAccess: { livingSituation: "Lives with her husband and their son (4) in a house in Deptford." },
  planDetails: { reviewDate: monthsAhead(11), changeSummary: "First plan, agreed with Olga." },
}));

export const olgaOkafor: DemoPersonPlan = { patient: 8, versions: [plan] };
