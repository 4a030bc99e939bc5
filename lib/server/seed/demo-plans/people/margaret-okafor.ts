import { heartFailure } from "../templates/heart-failure";
import { fit, type DemoPersonPlan } from "./fit";

// Margaret Okafor, 85 (patient@example.org): frailty and heart failure, lives alone; her son Chidi
// (proxy@example.org) holds lasting power of attorney for health and welfare. DNACPR discussed with her.
const chidi = { name: "Chidi Okafor", relationship: "Son", phone: "07700 900 181" };

const first = fit(heartFailure, (daysAgo, monthsAhead) => ({
  aboutMe: {
    preferredName: "Maggie",
    communicationNeeds: "Wears glasses for reading. A little deaf on the right: sit on her left.",
    interpreterNeeded: "no",
    language: "English",
    whatMattersMost: "Staying in her own flat, seeing her grandchildren on Sundays, and going to church while she can.",
    fearsOrWishesToAvoid: "Going into a care home. Being kept alive on machines if there is no chance of getting better.",
    religiousOrCulturalNeeds: "Anglican. Would like the vicar of St Barnabas called if she is dying.",
  },
  clinicalBackground: {
    diagnoses: [
      { description: "Heart failure with reduced ejection fraction", snomedCode: "84114007" },
      { description: "Moderate frailty (Clinical Frailty Scale 6)", snomedCode: "248279007" },
      { description: "Atrial fibrillation", snomedCode: "49436004" },
    ],
    functionalStatus: "Walks indoors with a frame; breathless after 20 metres. Carers twice a day for washing and dressing.",
    relevantHistory: "Two admissions with fluid overload this year. Fall at home in the spring, no fracture.",
  },
  cpr: {
    decision: "recommended",
    decisionDate: daysAgo(90),
    reviewDate: monthsAhead(3),
    madeBy: { name: "Dr Amara Mensah", role: "GP", registrationNumber: "7012345" },
    capacity: "has-capacity",
  },
  capacityAndLegal: { hasLpaHealthWelfare: "yes", attorneys: [chidi] },
  preferences: { preferredPlaceOfCare: "Home", preferredPlaceOfDeath: "home", secondPlaceOfDeath: "hospice", otherWishes: null },
  contacts: {
    whoToCallFirst: "Her son Chidi",
    people: [
      { name: "Chidi Okafor", relationship: "Son", role: "lpa", phone: chidi.phone, notes: "Lives in Bow, 10 minutes away. Happy to be called at night." },
    ],
    professionals: [
      { name: "Dr Amara Mensah", role: "GP", organisation: "Camberwell Green Surgery", phone: "020 7946 0101" },
      { name: "Heart failure nurse team", role: "Specialist nurses", organisation: "Denmark Hill Hospital", phone: "020 7946 0555" },
    ],
  },
  homeAndAccess: {
    livingSituation: "Lives alone in a ground-floor flat. Widowed. Carers visit morning and evening.",
    accessInstructions: "Key safe by the front door, code 1941. Chidi also has a key.",
    equipment: "Walking frame, perching stool, pendant alarm.",
    pets: null,
    safeguarding: null,
  },
  planDetails: { consentBasis: "explicit-consent", reviewDate: monthsAhead(6), changeSummary: "First plan, agreed with Margaret and Chidi at home." },
}));

// After her last admission she decided, with Dr Mensah and Chidi, that CPR would not be right for her.
const second = fit(first, (daysAgo) => ({
  clinicalRecommendations: {
    clinicalFocus: "balance",
    ceilingOfTreatment: "Treatment at home if possible; ward-based care for treatable causes, not intensive care.",
  },
  cpr: {
    decision: "not-recommended",
    decisionDate: daysAgo(12),
    reviewDate: null,
    madeBy: { name: "Dr Amara Mensah", role: "GP", registrationNumber: "7012345" },
    capacity: "has-capacity",
    reasons: "Advanced heart failure and frailty: CPR would be very unlikely to work and Margaret does not want it.",
    discussedWithPatient: "yes",
    discussionDetails: "Discussed with Margaret at home, with her son Chidi (attorney). She was clear that she does not want CPR.",
    familyInformed: "yes",
    formLocation: "ReSPECT form in the green folder on the hall table",
  },
  medicines: {
    medicinesOfNote: ["anticoagulants"],
    otherMedicines: "Furosemide, bisoprolol, apixaban 2.5 mg twice a day.",
    anticipatoryIssued: "yes",
    anticipatoryMedicines: "Morphine, midazolam, levomepromazine, glycopyrronium (injections), for breathlessness or distress.",
    anticipatoryLocation: "Locked box in the kitchen cupboard",
  },
}));

export const margaretOkafor: DemoPersonPlan = { patient: 1, versions: [first, second] };
