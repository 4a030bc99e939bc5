import { addDays, addMonths, format } from "date-fns";
import type { PlanContent } from "@/lib/domain/plan/schema";

/**
 * Realistic, made-up plans for the demo seed. Dates are relative to `today` so the plans stay
 * valid (decisions in the past, reviews in the future). Phone numbers are Ofcom's drama ranges.
 */
export const demoPlanKinds = ["frailty", "metastatic-cancer", "heart-failure", "sickle-cell", "motor-neurone-disease"] as const;
type DemoPlanKind = (typeof demoPlanKinds)[number];

const iso = (date: Date) => format(date, "yyyy-MM-dd");

/** One plan per entry of demoPlanKinds, in that order. */
export function demoPlanContent(today: Date = new Date()): PlanContent[] {
  const daysAgo = (n: number) => iso(addDays(today, -n));
  const monthsAhead = (n: number) => iso(addMonths(today, n));
  return demoPlanKinds.map((kind) => builders[kind](daysAgo, monthsAhead));
}

type Builder = (daysAgo: (n: number) => string, monthsAhead: (n: number) => string) => PlanContent;

const noLegal = (): Omit<PlanContent["capacityAndLegal"], "hasCapacity"> => ({
  capacityDetails: null,
  hasLpaHealthWelfare: "no",
  attorneys: [],
  hasAdrt: "no",
  adrtDetails: null,
  adrtLocation: null,
});

const builders: Record<DemoPlanKind, Builder> = {
  frailty: (daysAgo, monthsAhead) => ({
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
  }),

  "metastatic-cancer": (daysAgo, monthsAhead) => ({
    aboutMe: {
      preferredName: "Raj",
      communicationNeeds: null,
      interpreterNeeded: "no",
      language: "English and Gujarati",
      whatMattersMost: "Being at home with his wife and grandchildren, and being comfortable and alert enough to talk to them.",
      fearsOrWishesToAvoid: "Dying in hospital. Being in pain.",
      religiousOrCulturalNeeds: "Hindu. Family would like to be present and to wash his body after death.",
    },
    clinicalBackground: {
      diagnoses: [
        { description: "Pancreatic cancer", snomedCode: "363418001" },
        { description: "Liver metastases", snomedCode: "94381002" },
        { description: "Type 2 diabetes", snomedCode: "44054006" },
      ],
      prognosis: "last-weeks",
      awareOfPrognosis: "yes",
      functionalStatus: "Spends most of the day in bed. Walks to the bathroom with help.",
      allergies: null,
      relevantHistory: "Chemotherapy stopped 2 months ago at his request.",
      disabilities: null,
    },
    clinicalRecommendations: {
      clinicalFocus: "comfort",
      interventions: [
        { intervention: "Hospital admission", recommendation: "avoid", notes: "Raj does not want to go to hospital under any circumstances." },
        { intervention: "Syringe driver for symptom control", recommendation: "consider", notes: null },
      ],
      ceilingOfTreatment: "Symptom control at home.",
    },
    cpr: {
      decision: "not-recommended",
      decisionDate: daysAgo(14),
      reviewDate: null,
      madeBy: { name: "Dr Tom Okafor", role: "Consultant in palliative medicine", registrationNumber: "6123456" },
      capacity: "has-capacity",
      reasons: "Advanced cancer in the last weeks of life: CPR would not be successful.",
      discussedWithPatient: "yes",
      discussionDetails: "Discussed with Raj and his wife Meena at home; they agreed.",
      familyInformed: "yes",
      formLocation: "Purple folder on the kitchen table",
    },
    capacityAndLegal: { hasCapacity: "yes", ...noLegal() },
    preferences: {
      preferredPlaceOfCare: "Home",
      preferredPlaceOfDeath: "home",
      preferredPlaceOfDeathOther: null,
      secondPlaceOfDeath: "hospice",
      secondPlaceOfDeathOther: null,
      organDonation: "Does not wish to donate.",
      otherWishes: null,
    },
    medicines: {
      medicinesOfNote: ["insulin", "opioids"],
      otherMedicines: "Creon with meals. Modified-release morphine 30 mg twice a day.",
      anticipatoryIssued: "yes",
      anticipatoryMedicines: "Morphine sulfate, midazolam, haloperidol, hyoscine butylbromide; water for injection.",
      anticipatoryLocation: "Locked box in the kitchen cupboard above the kettle",
    },
    contacts: {
      whoToCallFirst: "St Catherine's Hospice advice line",
      people: [
        { name: "Meena Patel", relationship: "Wife", role: "main-carer", phone: "07700 900 456", notes: null },
        { name: "Anil Patel", relationship: "Son", role: "next-of-kin", phone: "07700 900 457", notes: "Lives 10 minutes away." },
      ],
      professionals: [
        { name: "St Catherine's Hospice advice line", role: "Specialist palliative care", organisation: "St Catherine's Hospice", phone: "0808 157 0123" },
        { name: "District nursing team", role: "Key worker", organisation: "Community Health Trust", phone: "020 7946 0321" },
      ],
    },
    homeAndAccess: {
      livingSituation: "Lives with his wife in a ground-floor flat.",
      accessInstructions: "Key safe to the left of the front door, code 4821.",
      equipment: "Hospital bed, commode.",
      pets: null,
      safeguarding: null,
    },
    crisisGuidance: {
      items: [
        { heading: "Sudden severe pain", guidance: "Give the breakthrough morphine dose from the anticipatory medicines and call the hospice advice line." },
      ],
    },
    planDetails: { consentBasis: "explicit-consent", reviewDate: monthsAhead(1), changeSummary: "Updated after discharge from the oncology team." },
  }),

  "heart-failure": (daysAgo, monthsAhead) => ({
    aboutMe: {
      preferredName: null,
      communicationNeeds: null,
      interpreterNeeded: "yes",
      language: "Polish",
      whatMattersMost: "Seeing his granddaughter's wedding next spring. Staying independent.",
      fearsOrWishesToAvoid: "Being kept alive on machines if there is no chance of getting better.",
      religiousOrCulturalNeeds: "Roman Catholic.",
    },
    clinicalBackground: {
      diagnoses: [
        { description: "Heart failure with reduced ejection fraction", snomedCode: "84114007" },
        { description: "Atrial fibrillation", snomedCode: "49436004" },
      ],
      prognosis: "about-a-year",
      awareOfPrognosis: "yes",
      functionalStatus: "Breathless walking 50 metres. Independent with personal care.",
      allergies: "No known allergies",
      relevantHistory: "Implantable defibrillator fitted 2021. Two admissions with fluid overload this year.",
      disabilities: null,
    },
    clinicalRecommendations: {
      clinicalFocus: "balance",
      interventions: [
        { intervention: "Hospital admission", recommendation: "consider", notes: "For treatable causes, such as fluid overload or infection." },
        { intervention: "Ventilation (intubation)", recommendation: "avoid", notes: null },
        { intervention: "Non-invasive ventilation", recommendation: "consider", notes: "Trial only, stop if not helping." },
      ],
      ceilingOfTreatment: "Ward-based care including IV diuretics; not intensive care.",
    },
    cpr: {
      decision: "recommended",
      decisionDate: daysAgo(60),
      reviewDate: monthsAhead(4),
      madeBy: { name: "Dr Sarah Lewis", role: "Consultant cardiologist", registrationNumber: null },
      capacity: "has-capacity",
      // The discussion is asked only when CPR is not recommended (cpr.ts).
      reasons: null,
      discussedWithPatient: null,
      discussionDetails: null,
      familyInformed: "yes",
      formLocation: null,
    },
    capacityAndLegal: { hasCapacity: "yes", ...noLegal() },
    preferences: {
      preferredPlaceOfCare: "Home",
      preferredPlaceOfDeath: "undecided",
      preferredPlaceOfDeathOther: null,
      secondPlaceOfDeath: null,
      secondPlaceOfDeathOther: null,
      organDonation: null,
      otherWishes: "Discuss switching off the defibrillator when his condition worsens.",
    },
    medicines: {
      medicinesOfNote: ["anticoagulants"],
      otherMedicines: "Furosemide, bisoprolol, sacubitril with valsartan, edoxaban.",
      anticipatoryIssued: "no",
      anticipatoryMedicines: null,
      anticipatoryLocation: null,
    },
    contacts: {
      whoToCallFirst: "His daughter Anna",
      people: [{ name: "Anna Nowak", relationship: "Daughter", role: "next-of-kin", phone: "07700 900 789", notes: "Speaks English and Polish." }],
      professionals: [
        { name: "Heart failure nurse team", role: "Specialist nurses", organisation: "City Hospital", phone: "0113 496 0555" },
        { name: "Dr Ben Clarke", role: "GP", organisation: "Parkside Surgery", phone: "0113 496 0100" },
      ],
    },
    homeAndAccess: {
      livingSituation: "Lives alone in a second-floor flat with a lift.",
      accessInstructions: null,
      equipment: null,
      pets: null,
      safeguarding: null,
    },
    crisisGuidance: { items: [] },
    planDetails: { consentBasis: "explicit-consent", reviewDate: monthsAhead(11), changeSummary: null },
  }),

  "sickle-cell": (daysAgo, monthsAhead) => ({
    aboutMe: {
      preferredName: "Tobi",
      communicationNeeds: null,
      interpreterNeeded: "no",
      language: null,
      whatMattersMost: "Finishing my degree. Being believed about my pain and treated quickly.",
      fearsOrWishesToAvoid: "Waiting hours in A&E without pain relief.",
      religiousOrCulturalNeeds: null,
    },
    clinicalBackground: {
      diagnoses: [{ description: "Sickle cell disease (HbSS)", snomedCode: "127040003" }],
      prognosis: "more-than-a-year",
      awareOfPrognosis: "yes",
      functionalStatus: "Fully independent between crises.",
      allergies: "Codeine (vomiting)",
      relevantHistory: "Acute chest syndrome twice (2022, 2024). Avascular necrosis of the left hip.",
      disabilities: null,
    },
    clinicalRecommendations: {
      clinicalFocus: "extend-life",
      interventions: [
        { intervention: "Hospital admission", recommendation: "consider", notes: "Take to City Hospital if possible: the haemoglobinopathy team knows Tobi." },
      ],
      ceilingOfTreatment: "Full escalation including intensive care.",
    },
    cpr: {
      decision: "recommended",
      decisionDate: daysAgo(100),
      reviewDate: null,
      madeBy: { name: "Dr Grace Mensah", role: "Consultant haematologist", registrationNumber: "7098765" },
      capacity: "has-capacity",
      reasons: null,
      discussedWithPatient: null,
      discussionDetails: null,
      familyInformed: "not-applicable",
      formLocation: null,
    },
    capacityAndLegal: { hasCapacity: "yes", ...noLegal() },
    preferences: {
      preferredPlaceOfCare: "Home, or City Hospital during a crisis",
      preferredPlaceOfDeath: null,
      preferredPlaceOfDeathOther: null,
      secondPlaceOfDeath: null,
      secondPlaceOfDeathOther: null,
      organDonation: null,
      otherWishes: null,
    },
    medicines: {
      medicinesOfNote: ["opioids"],
      otherMedicines: "Hydroxycarbamide, folic acid, penicillin V (lifelong).",
      anticipatoryIssued: "no",
      anticipatoryMedicines: null,
      anticipatoryLocation: null,
    },
    contacts: {
      whoToCallFirst: "Mum (Funmi)",
      people: [{ name: "Funmi Adeyemi", relationship: "Mother", role: "next-of-kin", phone: "07700 900 321", notes: null }],
      professionals: [{ name: "Haemoglobinopathy team", role: "Specialist team", organisation: "City Hospital", phone: "020 7946 0888" }],
    },
    homeAndAccess: {
      livingSituation: "Lives in student accommodation during term.",
      accessInstructions: null,
      equipment: null,
      pets: null,
      safeguarding: null,
    },
    crisisGuidance: {
      items: [
        {
          heading: "Painful sickle cell crisis",
          guidance:
            "Give pain relief within 30 minutes of arrival: Tobi's usual is IV morphine (no codeine). " +
            "Oxygen if saturation below 95%. Keep warm and give fluids.",
        },
        {
          heading: "Chest pain, fever or breathlessness",
          guidance: "Possible acute chest syndrome: this is an emergency. Take to hospital and tell the haematology team.",
        },
      ],
    },
    planDetails: { consentBasis: "explicit-consent", reviewDate: monthsAhead(12), changeSummary: null },
  }),

  "motor-neurone-disease": (daysAgo, monthsAhead) => ({
    aboutMe: {
      preferredName: null,
      communicationNeeds: "Speech is difficult to understand. Uses an eye-gaze tablet; give her time to answer.",
      interpreterNeeded: "no",
      language: null,
      whatMattersMost: "Staying at home, being able to communicate, and not being kept alive by a machine.",
      fearsOrWishesToAvoid: "Choking. Being on a ventilator.",
      religiousOrCulturalNeeds: null,
    },
    clinicalBackground: {
      diagnoses: [{ description: "Motor neurone disease", snomedCode: "37340000" }],
      prognosis: "last-months",
      awareOfPrognosis: "yes",
      functionalStatus: "Uses a powered wheelchair. Fed through a gastrostomy (PEG).",
      allergies: null,
      relevantHistory: "Diagnosed 2023. Gastrostomy 2024.",
      disabilities: "Cannot use her arms or legs. Speech affected.",
    },
    clinicalRecommendations: {
      clinicalFocus: "balance",
      interventions: [
        { intervention: "Invasive ventilation", recommendation: "avoid", notes: "Refused in her advance decision." },
        { intervention: "Non-invasive ventilation", recommendation: "consider", notes: "Uses overnight NIV at home." },
        { intervention: "Hospital admission", recommendation: "consider", notes: "For treatable problems only, such as a blocked gastrostomy." },
      ],
      ceilingOfTreatment: "No intubation or tracheostomy.",
    },
    cpr: {
      decision: "not-recommended",
      decisionDate: daysAgo(20),
      reviewDate: monthsAhead(3),
      madeBy: { name: "Dr Helen Price", role: "Consultant neurologist", registrationNumber: "6543210" },
      capacity: "has-capacity",
      reasons: "Progressive respiratory failure: Elaine has also refused CPR in her advance decision.",
      discussedWithPatient: "yes",
      discussionDetails: "Discussed with Elaine and her husband David at the MND clinic.",
      familyInformed: "yes",
      formLocation: "Blue folder on the back of the bedroom door",
    },
    capacityAndLegal: {
      hasCapacity: "yes",
      capacityDetails: null,
      hasLpaHealthWelfare: "yes",
      attorneys: [
        { name: "David Hughes", relationship: "Husband", phone: "07700 900 654" },
        { name: "Sian Hughes", relationship: "Daughter", phone: null },
      ],
      hasAdrt: "yes",
      adrtDetails: "Refuses invasive ventilation (including tracheostomy) and CPR, even if her life is at risk.",
      adrtLocation: "Blue folder with the ReSPECT form; copy held by the GP",
    },
    preferences: {
      preferredPlaceOfCare: "Home",
      preferredPlaceOfDeath: "home",
      preferredPlaceOfDeathOther: null,
      secondPlaceOfDeath: "other",
      secondPlaceOfDeathOther: "Her daughter's house in Cardiff",
      organDonation: "Would like to donate her brain and spinal cord to MND research (registered).",
      otherWishes: null,
    },
    medicines: {
      medicinesOfNote: [],
      otherMedicines: "Riluzole and baclofen through the gastrostomy.",
      anticipatoryIssued: "not-known",
      anticipatoryMedicines: null,
      anticipatoryLocation: null,
    },
    contacts: {
      whoToCallFirst: "Her husband David",
      people: [
        { name: "David Hughes", relationship: "Husband", role: "lpa", phone: "07700 900 654", notes: "Main carer." },
        { name: "Sian Hughes", relationship: "Daughter", role: "lpa", phone: null, notes: "Lives in Cardiff." },
      ],
      professionals: [{ name: "MND care centre", role: "Coordinator", organisation: "University Hospital", phone: "0161 496 0777" }],
    },
    homeAndAccess: {
      livingSituation: "Lives with her husband in an adapted bungalow.",
      accessInstructions: "Ramp at the side door; door is usually unlocked when David is home.",
      equipment: "Powered wheelchair, NIV machine, cough assist, suction, gastrostomy pump.",
      pets: "Friendly dog (Bess).",
      safeguarding: null,
    },
    crisisGuidance: {
      items: [{ heading: "Choking", guidance: "Use the suction and cough assist machine by the bed. David knows how to use them." }],
    },
    planDetails: { consentBasis: "explicit-consent", reviewDate: monthsAhead(3), changeSummary: "ADRT added." },
  }),
};
