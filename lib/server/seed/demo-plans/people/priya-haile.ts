import { frailty } from "../templates/frailty";
import { CARE_HOME, careHomeProfessionals } from "./care-home";
import { fit, type DemoPersonPlan } from "./fit";

// Priya Haile, 89: severe frailty and dementia, a resident of Dulwich Grove Care Home; her daughter Selam visits.
const first = fit(frailty, (daysAgo, monthsAhead) => ({
  aboutMe: {
    preferredName: null,
    communicationNeeds: "Speaks Amharic and some English; more Amharic when tired or unwell. Speak slowly and show her what you mean.",
    interpreterNeeded: "yes",
    language: "Amharic",
    whatMattersMost: "Staying at Dulwich Grove with the staff she knows, her daughter's visits, and the coffee ceremony on Sundays.",
    religiousOrCulturalNeeds: "Ethiopian Orthodox. Her family would like a priest called if she is dying.",
  },
  cpr: {
    decisionDate: daysAgo(40),
    madeBy: { name: "Dr Amara Mensah", role: "GP", registrationNumber: "7012345" },
    reasons: "CPR would be very unlikely to restart her heart and would cause harm and distress, given severe frailty.",
    discussionDetails: "Priya was not able to take part. Discussed with her daughter Selam (no LPA) on a care home visit.",
  },
  preferences: { preferredPlaceOfCare: CARE_HOME, otherWishes: "Her shawl and the family photographs in her room." },
  medicines: { anticipatoryLocation: `Controlled drugs cupboard, ${CARE_HOME}` },
  contacts: {
    whoToCallFirst: "Dulwich Grove nurse in charge, then her daughter Selam",
    people: [
      {
        name: "Selam Haile",
        relationship: "Daughter",
        role: "next-of-kin",
        phone: "07700 900 421",
        notes: "Speaks Amharic and English. Happy to be called at night.",
      },
    ],
    professionals: careHomeProfessionals,
  },
  homeAndAccess: {
    livingSituation: `Lives at ${CARE_HOME} (nursing), room 6, ground floor.`,
    accessInstructions: "Ring the front door bell; staff on site 24 hours.",
    pets: null,
  },
  planDetails: { reviewDate: monthsAhead(6), changeSummary: "First plan after the care home review." },
}));

const second = fit(first, (_daysAgo, monthsAhead) => ({
  clinicalBackground: { relevantHistory: "Three falls in the last year. Chest infection treated at the care home last month." },
  planDetails: { reviewDate: monthsAhead(5), changeSummary: "Reviewed at the care home: no hospital admission wanted." },
}));

export const priyaHaile: DemoPersonPlan = { patient: 4, versions: [first, second] };
