import { motorNeuroneDisease } from "../templates/motor-neurone-disease";
import { fit, type DemoPersonPlan } from "./fit";

// Priya Murphy, 64: motor neurone disease at home with her husband Sean. The second version adds her advance decision.
const second = fit(motorNeuroneDisease, (daysAgo, monthsAhead) => ({
  aboutMe: {
    whatMattersMost: "Staying at home with Sean, being able to talk to her grandchildren with her tablet, and not being kept alive by a machine.",
    religiousOrCulturalNeeds: "Hindu. Would like her family with her and a priest from the temple in Southall if she is dying.",
  },
  cpr: {
    reasons: "Progressive respiratory failure: Priya has also refused CPR in her advance decision.",
    discussionDetails: "Discussed with Priya and her husband Sean at the MND clinic.",
    madeBy: { name: "Dr Helen Price", role: "Consultant neurologist", registrationNumber: "6543210" },
    decisionDate: daysAgo(20),
    reviewDate: monthsAhead(3),
  },
  capacityAndLegal: {
    attorneys: [
      { name: "Sean Murphy", relationship: "Husband", phone: "07700 900 264" },
      { name: "Aoife Murphy", relationship: "Daughter", phone: null },
    ],
  },
  preferences: { secondPlaceOfDeath: "hospice", secondPlaceOfDeathOther: null },
  contacts: {
    whoToCallFirst: "Her husband Sean",
    people: [
      { name: "Sean Murphy", relationship: "Husband", role: "lpa", phone: "07700 900 264", notes: "Main carer." },
      { name: "Aoife Murphy", relationship: "Daughter", role: "lpa", phone: null, notes: "Lives in Ealing." },
    ],
    professionals: [{ name: "MND care centre", role: "Coordinator", organisation: "Denmark Hill Hospital", phone: "020 7946 0777" }],
  },
  homeAndAccess: {
    livingSituation: "Lives with her husband in an adapted ground-floor maisonette.",
    accessInstructions: "Ramp at the side door; the door is usually unlocked when Sean is home.",
    pets: null,
  },
  crisisGuidance: { items: [{ heading: "Choking", guidance: "Use the suction and cough assist machine by the bed. Sean knows how to use them." }] },
  planDetails: { changeSummary: "Advance decision to refuse treatment added." },
}));

// Before her advance decision was made: attorneys in place, CPR still to be decided with her at clinic.
const first = fit(second, (_daysAgo, monthsAhead) => ({
  capacityAndLegal: { hasAdrt: "no", adrtDetails: null, adrtLocation: null },
  cpr: { reasons: "Progressive respiratory failure: CPR would not restore her breathing, and Priya does not want it." },
  clinicalRecommendations: {
    interventions: [
      { intervention: "Non-invasive ventilation", recommendation: "consider", notes: "Uses overnight NIV at home." },
      { intervention: "Hospital admission", recommendation: "consider", notes: "For treatable problems only, such as a blocked gastrostomy." },
    ],
    ceilingOfTreatment: "To be discussed at the next MND clinic.",
  },
  preferences: { organDonation: null },
  planDetails: { reviewDate: monthsAhead(2), changeSummary: "First plan, agreed with Priya and Sean." },
}));

export const priyaMurphy: DemoPersonPlan = { patient: 2, versions: [first, second] };
