import { describe, expect, it } from "vitest";
import { crossSectionProblems, planContentSchema, sectionSchemas } from "./schema";
import { boxes, problems, publishProblems, validForm } from "@/test/plan-forms";

const blankDate = { day: "", month: "", year: "" };

describe("about me", () => {
  it("requires what matters most", () => {
    const form = validForm();
    form.aboutMe.whatMattersMost = "  ";
    expect(publishProblems(form)).toEqual(["aboutMe.whatMattersMost: Enter what matters most to the person"]);
  });

  it("requires the language when an interpreter is needed", () => {
    const form = validForm();
    form.aboutMe = { ...form.aboutMe, interpreterNeeded: "yes", language: "" };
    expect(publishProblems(form)).toEqual(["aboutMe.language: Enter the language the interpreter needs to speak"]);
  });
});

describe("clinical background", () => {
  it("needs at least one diagnosis, each with a description, at most 20", () => {
    const form = validForm();
    form.clinicalBackground.diagnoses = [];
    expect(publishProblems(form)).toEqual(["clinicalBackground.diagnoses: Enter at least one diagnosis"]);
    form.clinicalBackground.diagnoses = [{ description: " ", snomedCode: "" }];
    expect(publishProblems(form)).toEqual(["clinicalBackground.diagnoses.0.description: Enter the diagnosis"]);
    form.clinicalBackground.diagnoses = Array.from({ length: 21 }, () => ({ description: "Frailty", snomedCode: "" }));
    expect(publishProblems(form)).toEqual(["clinicalBackground.diagnoses: You can add up to 20 diagnoses"]);
  });

  it("refuses a prognosis outside the value set", () => {
    const form = validForm() as unknown as { clinicalBackground: { prognosis: string } };
    form.clinicalBackground.prognosis = "forever";
    expect(publishProblems(form)).toHaveLength(1);
  });
});

describe("clinical recommendations", () => {
  it("requires the clinical focus and a recommendation for each intervention", () => {
    const form = validForm();
    form.clinicalRecommendations.clinicalFocus = "";
    form.clinicalRecommendations.interventions = [{ intervention: "Ventilation", recommendation: "", notes: "" }];
    expect(publishProblems(form)).toEqual([
      "clinicalRecommendations.clinicalFocus: Select the clinical focus",
      "clinicalRecommendations.interventions.0.recommendation: Select whether to consider or avoid this intervention",
    ]);
  });
});

describe("CPR decision", () => {
  const schema = sectionSchemas.cpr;
  const notRecommended = () => ({ ...validForm().cpr, decision: "not-recommended" as const });

  it("requires reasons and discussion details when CPR is not recommended", () => {
    const cpr = { ...notRecommended(), reasons: "", discussedWithPatient: "" as const, discussionDetails: "" };
    expect(problems(schema, cpr)).toEqual([
      "reasons: Enter the reasons CPR attempts are not recommended",
      "discussedWithPatient: Select yes if the decision was discussed with the person",
      "discussionDetails: Enter who the decision was discussed with and when, or why it was not discussed",
    ]);
  });

  it("does not require reasons when CPR is recommended", () => {
    const cpr = { ...notRecommended(), decision: "recommended" as const, reasons: "", discussedWithPatient: "" as const, discussionDetails: "" };
    expect(problems(schema, cpr)).toEqual([]);
  });

  it("requires the date, clinician and capacity once decided, not before", () => {
    const cpr = { ...notRecommended(), decisionDate: blankDate, madeBy: { name: "", role: "", registrationNumber: "" }, capacity: "" as const };
    expect(problems(schema, cpr)).toEqual([
      "decisionDate: Enter the date of the CPR decision",
      "madeBy.name: Enter the name of the clinician who made the decision",
      "madeBy.role: Enter the role of the clinician who made the decision",
      "capacity: Select whether the person has capacity to take part in this decision",
    ]);
    expect(problems(schema, { ...cpr, decision: "not-decided", reviewDate: blankDate })).toEqual([]);
  });

  it("refuses an impossible decision date", () => {
    expect(problems(schema, { ...notRecommended(), decisionDate: { day: "31", month: "02", year: "2025" } })).toEqual([
      "decisionDate: Date of the CPR decision must be a real date",
    ]);
  });

  it("refuses a decision date in the future, accepts today", () => {
    expect(problems(schema, { ...notRecommended(), decisionDate: boxes(1), reviewDate: blankDate })).toEqual([
      "decisionDate: Date of the CPR decision must be today or in the past",
    ]);
    expect(problems(schema, { ...notRecommended(), decisionDate: boxes(0), reviewDate: blankDate })).toEqual([]);
  });

  it("requires the review date to be after the decision date", () => {
    const cpr = { ...notRecommended(), decisionDate: boxes(-10) };
    expect(problems(schema, { ...cpr, reviewDate: boxes(-20) })).toEqual(["reviewDate: Review date must be after the CPR decision date"]);
    expect(problems(schema, { ...cpr, reviewDate: boxes(-10) })).toEqual(["reviewDate: Review date must be after the CPR decision date"]);
    expect(problems(schema, { ...cpr, reviewDate: boxes(-9) })).toEqual([]);
  });

  it("lists conditional problems together with other problems", () => {
    const cpr = { ...notRecommended(), reasons: "", formLocation: "x".repeat(201), reviewDate: { day: "99", month: "1", year: "2030" } };
    expect(problems(schema, cpr)).toEqual([
      "reviewDate: Review date must be a real date",
      "formLocation: Where the CPR form is kept must be 200 characters or fewer",
      "reasons: Enter the reasons CPR attempts are not recommended",
    ]);
  });
});

describe("capacity and legal", () => {
  const schema = sectionSchemas.capacityAndLegal;
  const base = () => validForm(4).capacityAndLegal;

  it("requires details when capacity is lacking or fluctuates, and drops them when it is not", () => {
    expect(problems(schema, { ...base(), hasCapacity: "no", capacityDetails: "" })).toEqual(["capacityDetails: Enter how the person's capacity is affected"]);
    expect(problems(schema, { ...base(), hasCapacity: "fluctuates", capacityDetails: "" })).toHaveLength(1);
    expect(schema.parse({ ...base(), hasCapacity: "yes", capacityDetails: "left over" }).capacityDetails).toBeNull();
  });

  it("requires an attorney when there is a lasting power of attorney", () => {
    expect(problems(schema, { ...base(), attorneys: [] })).toEqual(["attorneys: Add at least one attorney"]);
    expect(schema.parse({ ...base(), hasLpaHealthWelfare: "not-known" }).attorneys).toEqual([]);
  });

  it("checks attorneys' phone numbers", () => {
    const attorneys = [{ name: "David", relationship: "", phone: "ring me" }];
    expect(problems(schema, { ...base(), attorneys })).toEqual([
      "attorneys.0.phone: Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192",
    ]);
  });

  it("requires ADRT details and location when there is an ADRT", () => {
    expect(problems(schema, { ...base(), adrtDetails: "", adrtLocation: " " })).toEqual([
      "adrtDetails: Enter what the advance decision to refuse treatment covers",
      "adrtLocation: Enter where the advance decision to refuse treatment is kept",
    ]);
    const saved = schema.parse({ ...base(), hasAdrt: "no" });
    expect([saved.adrtDetails, saved.adrtLocation]).toEqual([null, null]);
  });

  it("requires the three questions", () => {
    expect(problems(schema, { ...base(), hasCapacity: "", hasLpaHealthWelfare: "", hasAdrt: "" })).toHaveLength(3);
  });
});

describe("preferences", () => {
  const schema = sectionSchemas.preferences;
  const base = () => validForm(1).preferences;

  it("requires the place when 'somewhere else' is chosen, and drops it otherwise", () => {
    expect(problems(schema, { ...base(), preferredPlaceOfDeath: "other", preferredPlaceOfDeathOther: "" })).toEqual([
      "preferredPlaceOfDeathOther: Enter the preferred place of death",
    ]);
    expect(problems(schema, { ...base(), secondPlaceOfDeath: "other", secondPlaceOfDeathOther: "" })).toEqual([
      "secondPlaceOfDeathOther: Enter the second choice of place of death",
    ]);
    expect(schema.parse({ ...base(), preferredPlaceOfDeathOther: "Beach" }).preferredPlaceOfDeathOther).toBeNull();
  });

  it("wants a different second choice", () => {
    expect(problems(schema, { ...base(), secondPlaceOfDeath: "home" })).toEqual([
      "secondPlaceOfDeath: Second choice of place of death must be different from the first choice",
    ]);
  });

  it("only allows places from the value set", () => {
    expect(schema.safeParse({ ...base(), preferredPlaceOfDeath: "moon" }).success).toBe(false);
  });
});

describe("medicines", () => {
  const schema = sectionSchemas.medicines;
  const base = () => validForm(1).medicines;

  it("requires which anticipatory medicines and where, when issued", () => {
    expect(problems(schema, { ...base(), anticipatoryMedicines: "", anticipatoryLocation: "" })).toEqual([
      "anticipatoryMedicines: Enter which anticipatory medicines were issued",
      "anticipatoryLocation: Enter where the anticipatory medicines are kept",
    ]);
    expect(schema.parse({ ...base(), anticipatoryIssued: "no" }).anticipatoryMedicines).toBeNull();
  });

  it("refuses unknown medicines of note", () => {
    expect(schema.safeParse({ ...base(), medicinesOfNote: ["insulin", "aspirin"] }).success).toBe(false);
  });
});

describe("contacts", () => {
  const schema = sectionSchemas.contacts;
  const base = () => validForm(1).contacts;

  it("requires a name and role for each person and checks phones", () => {
    const people = [{ name: "", relationship: "", role: "" as const, phone: "12", notes: "" }];
    expect(problems(schema, { ...base(), people })).toEqual([
      "people.0.name: Enter the person's name",
      "people.0.role: Select the person's role",
      "people.0.phone: Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192",
    ]);
  });

  it("allows at most 20 people and 20 professionals", () => {
    const person = base().people[0];
    const professional = base().professionals[0];
    expect(problems(schema, { ...base(), people: Array(21).fill(person), professionals: Array(21).fill(professional) })).toEqual([
      "people: You can add up to 20 people",
      "professionals: You can add up to 20 professionals",
    ]);
  });
});

describe("crisis guidance and plan details", () => {
  it("requires a heading and guidance for each item, at most 10", () => {
    const item = { heading: "", guidance: "" };
    expect(problems(sectionSchemas.crisisGuidance, { items: [item] })).toEqual(["items.0.heading: Enter a heading", "items.0.guidance: Enter the guidance"]);
    expect(problems(sectionSchemas.crisisGuidance, { items: Array(11).fill({ heading: "A", guidance: "B" }) })).toEqual([
      "items: You can add up to 10 items of guidance",
    ]);
  });

  it("requires consent and a review date in the future", () => {
    expect(problems(sectionSchemas.planDetails, { consentBasis: "", reviewDate: blankDate, changeSummary: "" })).toEqual([
      "consentBasis: Select the basis for sharing this plan",
      "reviewDate: Enter the plan review date",
    ]);
    expect(problems(sectionSchemas.planDetails, { consentBasis: "lpa", reviewDate: boxes(0), changeSummary: "" })).toEqual([
      "reviewDate: Plan review date must be in the future",
    ]);
  });

  it("requires the plan review date to be after the CPR decision date (across sections)", () => {
    const plan = (decisionDate: string | null, reviewDate: string) => ({ cpr: { decisionDate }, planDetails: { reviewDate } });
    const problem = { path: ["planDetails", "reviewDate"], message: "Plan review date must be after the CPR decision date" };
    expect(crossSectionProblems(plan("2030-01-10", "2030-01-09"))).toEqual([problem]);
    expect(crossSectionProblems(plan("2030-01-10", "2030-01-10"))).toEqual([problem]);
    expect(crossSectionProblems(plan("2030-01-10", "2030-01-11"))).toEqual([]);
    expect(crossSectionProblems(plan(null, "2030-01-11"))).toEqual([]);
    expect(crossSectionProblems(null)).toEqual([]);
  });

  it("reports a future decision date even alongside the plan review date", () => {
    const form = validForm();
    form.cpr.decisionDate = boxes(30);
    form.cpr.reviewDate = blankDate;
    form.planDetails.reviewDate = boxes(10);
    expect(problems(planContentSchema, form)).toEqual(["cpr.decisionDate: Date of the CPR decision must be today or in the past"]);
  });
});
