import { frailty } from "../templates/frailty";
import { fit, type DemoPersonPlan } from "./fit";

// Fatima Murphy, 87: frailty, lived with her daughter in Deptford. Her plan was cancelled when she moved away (the seed cancels it).
const plan = fit(frailty, (daysAgo, monthsAhead) => ({
  aboutMe: {
    preferredName: null,
    communicationNeeds: "Hard of hearing: hearing aids in both ears. Face her and speak clearly.",
    whatMattersMost: "Being with her daughter Noor and her grandchildren, her radio, and her garden chair by the window.",
    fearsOrWishesToAvoid: "Going into hospital. Being alone at night.",
    religiousOrCulturalNeeds: "Muslim. Would like a female clinician where possible, and an imam called if she is dying.",
  },
  clinicalBackground: {
    diagnoses: [
      { description: "Severe frailty (Clinical Frailty Scale 7)", snomedCode: "248279007" },
      { description: "Chronic kidney disease stage 3", snomedCode: "433144002" },
    ],
    functionalStatus: "Needs help with all personal care. Walks a few steps with two people.",
  },
  clinicalRecommendations: {
    ceilingOfTreatment: "Treatment at home only, focused on comfort.",
    interventions: [
      { intervention: "Hospital admission", recommendation: "avoid", notes: "Unless comfort cannot be achieved at home, for example a hip fracture." },
      { intervention: "Oral antibiotics", recommendation: "consider", notes: "For a chest or urine infection causing distress." },
    ],
  },
  cpr: {
    capacity: "has-capacity",
    discussedWithPatient: "yes",
    madeBy: { name: "Dr Amara Mensah", role: "GP", registrationNumber: "7012345" },
    discussionDetails: "Discussed with Fatima and her daughter Noor at home; Fatima agreed.",
    formLocation: "Kitchen drawer by the back door",
  },
  capacityAndLegal: { hasCapacity: "yes", capacityDetails: null },
  preferences: { preferredPlaceOfCare: "Home, with her daughter", preferredPlaceOfDeath: "home", secondPlaceOfDeath: "hospice", otherWishes: null },
  medicines: { anticipatoryLocation: "Locked box on top of the wardrobe" },
  contacts: {
    whoToCallFirst: "Her daughter Noor",
    people: [{ name: "Noor Murphy", relationship: "Daughter", role: "main-carer", phone: "07700 900 501", notes: "Lives with her." }],
    professionals: [{ name: "Dr Amara Mensah", role: "GP", organisation: "Camberwell Green Surgery", phone: "020 7946 0101" }],
  },
  homeAndAccess: {
    livingSituation: "Lives with her daughter's family in a house; bed downstairs.",
    accessInstructions: "Noor is usually at home. Back door key with the neighbour at number 71.",
    equipment: "Hospital bed, commode, pressure-relieving mattress.",
    pets: null,
  },
  planDetails: { consentBasis: "explicit-consent", reviewDate: monthsAhead(6), changeSummary: "First plan, agreed with Fatima and Noor." },
}));

export const fatimaMurphy: DemoPersonPlan = { patient: 5, versions: [plan] };
