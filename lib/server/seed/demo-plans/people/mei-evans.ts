import { metastaticCancer } from "../templates/metastatic-cancer";
import { fit, type DemoPersonPlan } from "./fit";

// Mei Evans, 64: breast cancer with bone and liver secondaries, at home with her husband Gareth, under Thameside Hospice.
const first = fit(metastaticCancer, (daysAgo, monthsAhead) => ({
  aboutMe: {
    preferredName: null,
    language: "English and Cantonese",
    whatMattersMost: "Being at home with Gareth and her sister, her garden, and being comfortable and clear-headed enough to talk.",
    fearsOrWishesToAvoid: "Dying in hospital. Being in pain or breathless.",
    religiousOrCulturalNeeds: "Buddhist. Would like quiet, and her sister Ling with her.",
  },
  clinicalBackground: {
    diagnoses: [
      { description: "Breast cancer", snomedCode: "254837009" },
      { description: "Secondary malignant neoplasm of bone", snomedCode: "94222008" },
      { description: "Liver metastases", snomedCode: "94381002" },
    ],
    prognosis: "last-months",
    relevantHistory: "Diagnosed 2019; secondaries found 2025. Stopped treatment this autumn at her request.",
  },
  clinicalRecommendations: {
    interventions: [
      { intervention: "Hospital admission", recommendation: "avoid", notes: "Unless for a fracture that cannot be managed at home." },
      { intervention: "Syringe driver for symptom control", recommendation: "consider", notes: null },
    ],
  },
  cpr: {
    decisionDate: daysAgo(30),
    madeBy: { name: "Dr Nadia Rahman", role: "Consultant in palliative medicine", registrationNumber: "6123456" },
    discussionDetails: "Discussed with Mei and her husband Gareth at home; they agreed.",
    formLocation: "Purple folder on the dining table",
  },
  medicines: {
    medicinesOfNote: ["opioids", "steroids"],
    otherMedicines: "Modified-release morphine 20 mg twice a day, dexamethasone, letrozole.",
  },
  contacts: {
    whoToCallFirst: "Thameside Hospice advice line",
    people: [
      { name: "Gareth Evans", relationship: "Husband", role: "main-carer", phone: "07700 900 341", notes: null },
      { name: "Ling Chan", relationship: "Sister", role: "next-of-kin", phone: "07700 900 342", notes: "Speaks Cantonese and English." },
    ],
    professionals: [
      { name: "Thameside Hospice advice line", role: "Specialist palliative care", organisation: "Thameside Hospice", phone: "020 7946 0300" },
      { name: "District nursing team", role: "Key worker", organisation: "South London Community Nursing", phone: "020 7946 0321" },
    ],
  },
  homeAndAccess: {
    livingSituation: "Lives with her husband in a terraced house; bedroom now downstairs.",
    accessInstructions: "Key safe on the garden wall, code 2206.",
  },
  crisisGuidance: {
    items: [
      { heading: "Sudden severe pain", guidance: "Give the breakthrough morphine dose from the anticipatory medicines and call the hospice advice line." },
    ],
  },
  planDetails: { reviewDate: monthsAhead(2), changeSummary: "First plan, with Thameside Hospice." },
}));

const second = fit(first, (_daysAgo, monthsAhead) => ({
  clinicalBackground: { prognosis: "last-weeks", functionalStatus: "Now in bed most of the day. Needs help to the commode." },
  planDetails: { reviewDate: monthsAhead(1), changeSummary: "Reviewed at home visit: she is weaker; wishes unchanged." },
}));

export const meiEvans: DemoPersonPlan = { patient: 3, versions: [first, second] };
