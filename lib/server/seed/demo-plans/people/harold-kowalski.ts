import { metastaticCancer } from "../templates/metastatic-cancer";
import { fit, type DemoPersonPlan } from "./fit";

// Harold Kowalski, 38: bowel cancer with liver secondaries, at home with his wife and young children, under Thameside Hospice.
const plan = fit(metastaticCancer, (daysAgo, monthsAhead) => ({
  aboutMe: {
    preferredName: "Harry",
    language: "English and Polish",
    whatMattersMost: "Time at home with Kasia and the children, Zofia (8) and Jan (5), and watching Jan's football on Saturdays.",
    fearsOrWishesToAvoid: "Dying in hospital. Being too drowsy to talk to the children.",
    religiousOrCulturalNeeds: "Catholic. Would like the priest from Our Lady of Czestochowa called.",
  },
  clinicalBackground: {
    diagnoses: [
      { description: "Colorectal cancer", snomedCode: "363406005" },
      { description: "Liver metastases", snomedCode: "94381002" },
    ],
    prognosis: "last-months",
    functionalStatus: "Up and about at home for part of the day; tires quickly.",
    relevantHistory: "Diagnosed 2025. Chemotherapy stopped last month: it was no longer working.",
  },
  clinicalRecommendations: {
    interventions: [
      { intervention: "Hospital admission", recommendation: "avoid", notes: "Harry wants to stay at home unless symptoms cannot be controlled there." },
      { intervention: "Syringe driver for symptom control", recommendation: "consider", notes: null },
    ],
  },
  cpr: {
    decisionDate: daysAgo(21),
    madeBy: { name: "Dr Nadia Rahman", role: "Consultant in palliative medicine", registrationNumber: "6123456" },
    reasons: "Advanced cancer: CPR would not be successful.",
    discussionDetails: "Discussed with Harry and his wife Kasia at home; they agreed.",
  },
  medicines: { medicinesOfNote: ["opioids"], otherMedicines: "Modified-release oxycodone 20 mg twice a day, laxatives, ondansetron." },
  contacts: {
    whoToCallFirst: "His wife Kasia, then the Thameside Hospice advice line",
    people: [
      { name: "Kasia Kowalska", relationship: "Wife", role: "main-carer", phone: "07700 900 931", notes: null },
      { name: "Anna Kowalska", relationship: "Mother", role: "next-of-kin", phone: "07700 900 932", notes: "Speaks Polish; Kasia translates." },
    ],
    professionals: [
      { name: "Thameside Hospice advice line", role: "Specialist palliative care", organisation: "Thameside Hospice", phone: "020 7946 0300" },
      { name: "Dr Amara Mensah", role: "GP", organisation: "Camberwell Green Surgery", phone: "020 7946 0101" },
    ],
  },
  homeAndAccess: {
    livingSituation: "Lives with his wife and two children in a house in Shepherd's Bush.",
    accessInstructions: "Kasia is usually at home. Key safe behind the side gate, code 3108.",
    equipment: null,
  },
  crisisGuidance: {
    items: [{ heading: "Sudden severe pain", guidance: "Give the breakthrough dose from the anticipatory medicines and call the hospice advice line." }],
  },
  planDetails: { reviewDate: monthsAhead(2), changeSummary: "First plan, with Thameside Hospice." },
}));

export const haroldKowalski: DemoPersonPlan = { patient: 9, versions: [plan] };
