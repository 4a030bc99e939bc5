import { heartFailure } from "../templates/heart-failure";
import { fit, type DemoPersonPlan } from "./fit";

// Bridget Ahmed, 63: heart failure, lives alone in Lewisham; her plan is overdue for review (the seed back-dates it).
const plan = fit(heartFailure, () => ({
  aboutMe: {
    interpreterNeeded: "no",
    language: "English",
    whatMattersMost: "Keeping working part-time at the library, her choir, and seeing her son's family in Leeds.",
    religiousOrCulturalNeeds: null,
  },
  cpr: { madeBy: { name: "Dr Sarah Lewis", role: "Consultant cardiologist", registrationNumber: null } },
  contacts: {
    whoToCallFirst: "Her son Karim",
    people: [{ name: "Karim Ahmed", relationship: "Son", role: "next-of-kin", phone: "07700 900 771", notes: "Lives in Leeds; call any time." }],
    professionals: [
      { name: "Heart failure nurse team", role: "Specialist nurses", organisation: "Denmark Hill Hospital", phone: "020 7946 0555" },
      { name: "Dr Amara Mensah", role: "GP", organisation: "Camberwell Green Surgery", phone: "020 7946 0101" },
    ],
  },
  preferences: { otherWishes: "Talk with her about switching off the defibrillator when her condition worsens." },
  homeAndAccess: { livingSituation: "Lives alone in a third-floor flat with a lift." },
}));

export const bridgetAhmed: DemoPersonPlan = { patient: 7, versions: [plan] };
