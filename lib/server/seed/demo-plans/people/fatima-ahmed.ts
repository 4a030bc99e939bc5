import { sickleCell } from "../templates/sickle-cell";
import { fit, type DemoPersonPlan } from "./fit";

// Fatima Ahmed, 40: sickle cell disease, works as a teacher, lives with her husband. The consent e2e withdraws and restores her sharing.
const plan = fit(sickleCell, (daysAgo, monthsAhead) => ({
  aboutMe: {
    preferredName: null,
    whatMattersMost: "Being believed about her pain and treated quickly, so she can get back to her class and her family.",
    fearsOrWishesToAvoid: "Waiting hours in A&E without pain relief.",
  },
  clinicalRecommendations: {
    interventions: [
      {
        intervention: "Hospital admission",
        recommendation: "consider",
        notes: "Take to Denmark Hill Hospital if possible: the haemoglobinopathy team knows her.",
      },
    ],
  },
  cpr: { decisionDate: daysAgo(100), madeBy: { name: "Dr Grace Mensah", role: "Consultant haematologist", registrationNumber: "7098765" } },
  preferences: { preferredPlaceOfCare: "Home, or Denmark Hill Hospital during a crisis" },
  contacts: {
    whoToCallFirst: "Her husband Yusuf",
    people: [{ name: "Yusuf Ahmed", relationship: "Husband", role: "next-of-kin", phone: "07700 900 101", notes: null }],
    professionals: [{ name: "Haemoglobinopathy team", role: "Specialist team", organisation: "Denmark Hill Hospital", phone: "020 7946 0888" }],
  },
  homeAndAccess: { livingSituation: "Lives with her husband and teenage daughter in a flat in Tooting." },
  crisisGuidance: {
    items: [
      {
        heading: "Painful sickle cell crisis",
        guidance:
          "Give pain relief within 30 minutes of arrival: her usual is IV morphine (no codeine). Oxygen if saturation below 95%. Keep warm and give fluids.",
      },
      {
        heading: "Chest pain, fever or breathlessness",
        guidance: "Possible acute chest syndrome: this is an emergency. Take to hospital and tell the haematology team.",
      },
    ],
  },
  planDetails: { reviewDate: monthsAhead(12) },
}));

export const fatimaAhmed: DemoPersonPlan = { patient: 10, versions: [plan] };
