import { metastaticCancer } from "../templates/metastatic-cancer";
import { fit, type DemoPersonPlan } from "./fit";

// Joan O'Connor, 34: cervical cancer, cared for at home by her partner with Thameside Hospice; she died at home (the seed records it).
const plan = fit(metastaticCancer, (daysAgo, monthsAhead) => ({
  aboutMe: {
    preferredName: null,
    language: "English",
    whatMattersMost: "Being at home with Liam and their two children, Aoife (6) and Cian (3), and being awake enough to read to them.",
    fearsOrWishesToAvoid: "Dying in hospital. The children seeing her in pain.",
    religiousOrCulturalNeeds: "Catholic. Would like Father Brennan from St Saviour's called.",
  },
  clinicalBackground: {
    diagnoses: [{ description: "Cervical cancer with lung and liver metastases", snomedCode: "363354003" }],
    relevantHistory: "Diagnosed 2024. Chemotherapy and radiotherapy; stopped treatment this autumn at her request.",
  },
  clinicalRecommendations: {
    interventions: [
      { intervention: "Hospital admission", recommendation: "avoid", notes: "Joan does not want to go to hospital." },
      { intervention: "Syringe driver for symptom control", recommendation: "consider", notes: null },
    ],
  },
  cpr: {
    decisionDate: daysAgo(40),
    madeBy: { name: "Dr Nadia Rahman", role: "Consultant in palliative medicine", registrationNumber: "6123456" },
    discussionDetails: "Discussed with Joan and her partner Liam at home; they agreed.",
  },
  medicines: { medicinesOfNote: ["opioids"], otherMedicines: "Modified-release morphine 30 mg twice a day, laxatives." },
  contacts: {
    whoToCallFirst: "Thameside Hospice advice line",
    people: [
      { name: "Liam Byrne", relationship: "Partner", role: "main-carer", phone: "07700 900 691", notes: null },
      { name: "Mary O'Connor", relationship: "Mother", role: "next-of-kin", phone: "07700 900 692", notes: "Helps with the children." },
    ],
    professionals: [
      { name: "Thameside Hospice advice line", role: "Specialist palliative care", organisation: "Thameside Hospice", phone: "020 7946 0300" },
      { name: "District nursing team", role: "Key worker", organisation: "South London Community Nursing", phone: "020 7946 0321" },
    ],
  },
  homeAndAccess: { livingSituation: "Lives with her partner and two young children in a first-floor flat." },
  planDetails: { reviewDate: monthsAhead(1), changeSummary: "First plan, with Thameside Hospice." },
}));

export const joanOConnor: DemoPersonPlan = { patient: 6, versions: [plan] };
