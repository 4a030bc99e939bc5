import { noLegal, type Builder } from "./shared";

/**
 * Template: Severe frailty with dementia in a nursing home (Peggy Doyle). A test fixture and a scale-seed template; the demo people's own
 * plans are in ../people/.
 */
export const frailty: Builder = (daysAgo, monthsAhead) => ({
  aboutMe: {
    preferredName: "Peggy",
    communicationNeeds: "Hard of hearing: hearing aid in the left ear. Speak slowly and face her.",
    interpreterNeeded: "no",
    language: "English",
    whatMattersMost: "Staying at Rosewood with the staff she knows, her cat, and a cup of tea in the garden.",
    fearsOrWishesToAvoid: "Going back into hospital. She found her last admission frightening and confusing.",
    religiousOrCulturalNeeds: "Church of England. Would like the vicar from St Mary's called if she is dying.",
  },
  clinicalBackground: {
    diagnoses: [
      { description: "Severe frailty (Clinical Frailty Scale 7)", snomedCode: "248279007" },
      { description: "Mixed dementia", snomedCode: "52448006" },
      { description: "Chronic kidney disease stage 3", snomedCode: "433144002" },
    ],
    prognosis: "last-months",
    awareOfPrognosis: "partly",
    functionalStatus: "Hoisted from bed to chair. Needs help with all personal care. Eats small amounts with prompting.",
    allergies: "Penicillin (rash)",
    relevantHistory: "Three falls in the last year. Hospital admission for pneumonia 4 months ago.",
    disabilities: null,
  },
  clinicalRecommendations: {
    clinicalFocus: "comfort",
    interventions: [
      {
        intervention: "Hospital admission",
        recommendation: "avoid",
        notes: "Unless comfort cannot be achieved at the care home, for example a hip fracture.",
      },
      { intervention: "Oral antibiotics", recommendation: "consider", notes: "For a chest or urine infection causing distress." },
      { intervention: "IV antibiotics", recommendation: "avoid", notes: null },
    ],
    ceilingOfTreatment: "Treatment at the care home only, focused on comfort.",
  },
  cpr: {
    decision: "not-recommended",
    decisionDate: daysAgo(40),
    reviewDate: null,
    madeBy: { name: "Dr Aisha Rahman", role: "GP", registrationNumber: "7012345" },
    capacity: "lacks-capacity",
    reasons: "CPR would be very unlikely to restart her heart and would cause harm and distress, given severe frailty.",
    discussedWithPatient: "no",
    discussionDetails: "Peggy was not able to take part. Discussed with her son Michael (LPA not in place) on a care home visit.",
    familyInformed: "yes",
    formLocation: "Front of the care plan folder in the nurses' office",
  },
  capacityAndLegal: {
    hasCapacity: "no",
    ...noLegal(),
    capacityDetails: "Cannot retain information about treatment choices because of dementia.",
  },
  preferences: {
    preferredPlaceOfCare: "Rosewood Care Home",
    preferredPlaceOfDeath: "care-home",
    preferredPlaceOfDeathOther: null,
    secondPlaceOfDeath: "hospice",
    secondPlaceOfDeathOther: null,
    organDonation: null,
    otherWishes: "Her cat Tibby to be allowed on the bed.",
  },
  medicines: {
    medicinesOfNote: ["anticoagulants"],
    otherMedicines: "Apixaban 2.5 mg twice a day for atrial fibrillation.",
    anticipatoryIssued: "yes",
    anticipatoryMedicines: "Morphine, midazolam, levomepromazine, glycopyrronium (injections).",
    anticipatoryLocation: "Controlled drugs cupboard, Rosewood Care Home",
  },
  contacts: {
    whoToCallFirst: "Rosewood nurse in charge, then her son Michael",
    people: [{ name: "Michael Doyle", relationship: "Son", role: "next-of-kin", phone: "07700 900 123", notes: "Happy to be called at night." }],
    professionals: [
      { name: "Dr Aisha Rahman", role: "GP", organisation: "Riverside Medical Practice", phone: "01632 960 101" },
      { name: "Care home in-reach team", role: null, organisation: null, phone: null },
    ],
  },
  homeAndAccess: {
    livingSituation: "Lives at Rosewood Care Home (nursing), room 14, first floor.",
    accessInstructions: "Ring the front door bell; staff on site 24 hours.",
    equipment: "Hoist, pressure-relieving mattress.",
    pets: "Tibby, the care home cat, often sleeps in her room.",
    safeguarding: null,
  },
  crisisGuidance: { items: [] },
  planDetails: { consentBasis: "best-interests", reviewDate: monthsAhead(6), changeSummary: "First plan after care home review." },
});
