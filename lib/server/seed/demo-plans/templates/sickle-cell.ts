import { noLegal, type Builder } from "./shared";

/**
 * Template: Sickle cell disease in a student (Tobi Adeyemi). A test fixture and a scale-seed template; the demo people's own
 * plans are in ../people/.
 */
export const sickleCell: Builder = (daysAgo, monthsAhead) => ({
  aboutMe: {
    preferredName: "Tobi",
    communicationNeeds: null,
    interpreterNeeded: "no",
    language: null,
    whatMattersMost: "Finishing my degree. Being believed about my pain and treated quickly.",
    fearsOrWishesToAvoid: "Waiting hours in A&E without pain relief.",
    religiousOrCulturalNeeds: null,
  },
  clinicalBackground: {
    diagnoses: [{ description: "Sickle cell disease (HbSS)", snomedCode: "127040003" }],
    prognosis: "more-than-a-year",
    awareOfPrognosis: "yes",
    functionalStatus: "Fully independent between crises.",
    allergies: "Codeine (vomiting)",
    relevantHistory: "Acute chest syndrome twice (2022, 2024). Avascular necrosis of the left hip.",
    disabilities: null,
  },
  clinicalRecommendations: {
    clinicalFocus: "extend-life",
    interventions: [
      { intervention: "Hospital admission", recommendation: "consider", notes: "Take to City Hospital if possible: the haemoglobinopathy team knows Tobi." },
    ],
    ceilingOfTreatment: "Full escalation including intensive care.",
  },
  cpr: {
    decision: "recommended",
    decisionDate: daysAgo(100),
    reviewDate: null,
    madeBy: { name: "Dr Grace Mensah", role: "Consultant haematologist", registrationNumber: "7098765" },
    capacity: "has-capacity",
    reasons: null,
    discussedWithPatient: null,
    discussionDetails: null,
    familyInformed: "not-applicable",
    formLocation: null,
  },
  capacityAndLegal: { hasCapacity: "yes", ...noLegal() },
  preferences: {
    preferredPlaceOfCare: "Home, or City Hospital during a crisis",
    preferredPlaceOfDeath: null,
    preferredPlaceOfDeathOther: null,
    secondPlaceOfDeath: null,
    secondPlaceOfDeathOther: null,
    organDonation: null,
    otherWishes: null,
  },
  medicines: {
    medicinesOfNote: ["opioids"],
    otherMedicines: "Hydroxycarbamide, folic acid, penicillin V (lifelong).",
    anticipatoryIssued: "no",
    anticipatoryMedicines: null,
    anticipatoryLocation: null,
  },
  contacts: {
    whoToCallFirst: "Mum (Funmi)",
    people: [{ name: "Funmi Adeyemi", relationship: "Mother", role: "next-of-kin", phone: "07700 900 321", notes: null }],
    professionals: [{ name: "Haemoglobinopathy team", role: "Specialist team", organisation: "City Hospital", phone: "020 7946 0888" }],
  },
  homeAndAccess: {
    livingSituation: "Lives in student accommodation during term.",
    accessInstructions: null,
    equipment: null,
    pets: null,
    safeguarding: null,
  },
  crisisGuidance: {
    items: [
      {
        heading: "Painful sickle cell crisis",
        guidance:
          "Give pain relief within 30 minutes of arrival: Tobi's usual is IV morphine (no codeine). " +
          "Oxygen if saturation below 95%. Keep warm and give fluids.",
      },
      {
        heading: "Chest pain, fever or breathlessness",
        guidance: "Possible acute chest syndrome: this is an emergency. Take to hospital and tell the haematology team.",
      },
    ],
  },
  planDetails: { consentBasis: "explicit-consent", reviewDate: monthsAhead(12), changeSummary: null },
});
