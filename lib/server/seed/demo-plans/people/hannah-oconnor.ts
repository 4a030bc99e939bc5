import { frailty } from "../templates/frailty";
import { CARE_HOME, careHomeProfessionals } from "./care-home";
import { fit, type DemoPersonPlan } from "./fit";

// Hannah O'Connor, 91: Alzheimer's disease, a resident of Dulwich Grove Care Home; her nephew Declan holds LPA for health and welfare.
const plan = fit(frailty, (daysAgo, monthsAhead) => ({
  aboutMe: {
    preferredName: "Nan",
    communicationNeeds: "Alzheimer's: calm voice, one thing at a time. Hearing is good.",
    whatMattersMost: "Her rosary, Irish music in the afternoons, and the staff she knows at Dulwich Grove.",
    religiousOrCulturalNeeds: "Catholic. Would like a priest called for the last rites.",
  },
  clinicalBackground: {
    diagnoses: [
      { description: "Alzheimer's disease", snomedCode: "26929004" },
      { description: "Severe frailty (Clinical Frailty Scale 7)", snomedCode: "248279007" },
    ],
  },
  cpr: {
    decisionDate: daysAgo(70),
    madeBy: { name: "Dr Amara Mensah", role: "GP", registrationNumber: "7012345" },
    discussionDetails: "Hannah was not able to take part. Discussed with her nephew Declan (attorney) at the care home.",
  },
  capacityAndLegal: {
    hasLpaHealthWelfare: "yes",
    attorneys: [{ name: "Declan O'Connor", relationship: "Nephew", phone: "07700 900 231" }],
  },
  preferences: { preferredPlaceOfCare: CARE_HOME, otherWishes: "Her rosary with her." },
  medicines: { medicinesOfNote: [], otherMedicines: "Donepezil, paracetamol.", anticipatoryLocation: `Controlled drugs cupboard, ${CARE_HOME}` },
  contacts: {
    whoToCallFirst: "Dulwich Grove nurse in charge, then her nephew Declan",
    people: [{ name: "Declan O'Connor", relationship: "Nephew", role: "lpa", phone: "07700 900 231", notes: null }],
    professionals: careHomeProfessionals,
  },
  homeAndAccess: {
    livingSituation: `Lives at ${CARE_HOME} (nursing), room 12, first floor.`,
    accessInstructions: "Ring the front door bell; staff on site 24 hours.",
    pets: null,
  },
  planDetails: { consentBasis: "lpa", reviewDate: monthsAhead(6), changeSummary: "First plan after the care home review." },
}));

export const hannahOConnor: DemoPersonPlan = { patient: 22, versions: [plan] };
