import { describe, expect, it } from "vitest";
import { isSensitiveField, sensitiveFields } from "./sensitive";
import {
  PLAN_SCHEMA_VERSION,
  draftSchema,
  emptyFormValues,
  planContentSchema,
  sectionKeys,
  sectionSchemas,
  sections,
  sectionTitles,
  toFormValues,
} from "./schema";
import { publishProblems, validForm } from "@/test/plan-forms";

describe("plan schema", () => {
  it("has the sections in order, each with a title, summary and labels", () => {
    expect(PLAN_SCHEMA_VERSION).toBe(1);
    expect(sectionKeys).toEqual([
      "aboutMe",
      "clinicalBackground",
      "clinicalRecommendations",
      "cpr",
      "capacityAndLegal",
      "preferences",
      "medicines",
      "contacts",
      "homeAndAccess",
      "crisisGuidance",
      "planDetails",
    ]);
    expect(Object.keys(sectionSchemas)).toEqual(sectionKeys);
    expect(sectionTitles.cpr).toBe("CPR decision");
    for (const key of sectionKeys) expect(sections[key].summary).toMatch(/\.$/);
    expect(sections.cpr.labels["madeBy.name"]).toEqual({ label: "Name" });
    expect(sections.contacts.labels["people.phone"]).toEqual({ label: "Phone number" });
    expect(sections.aboutMe.labels.whatMattersMost.hint).toBe("In their own words if possible");
  });

  it("lists every missing required answer of an empty form", () => {
    expect(publishProblems(emptyFormValues())).toEqual([
      "aboutMe.whatMattersMost: Enter what matters most to the person",
      "clinicalBackground.diagnoses: Enter at least one diagnosis",
      "clinicalRecommendations.clinicalFocus: Select the clinical focus",
      "cpr.decision: Select the CPR decision",
      "capacityAndLegal.hasCapacity: Select whether the person has capacity to take part in making this plan",
      "capacityAndLegal.hasLpaHealthWelfare: Select whether there is a lasting power of attorney for health and welfare",
      "capacityAndLegal.hasAdrt: Select whether the person has an advance decision to refuse treatment",
      "planDetails.consentBasis: Select the basis for sharing this plan",
      "planDetails.reviewDate: Enter the plan review date",
    ]);
  });

  it("normalises: trimmed text, null when not answered, ISO dates", () => {
    const form = validForm(2);
    form.aboutMe.preferredName = "  Marek  ";
    form.aboutMe.communicationNeeds = "   ";
    form.cpr.decisionDate = { day: " 5 ", month: "1", year: "2024" };
    form.cpr.reviewDate = { day: "", month: "", year: "" };
    const content = planContentSchema.parse(form);
    expect(content.aboutMe.preferredName).toBe("Marek");
    expect(content.aboutMe.communicationNeeds).toBeNull();
    expect(content.cpr.decisionDate).toBe("2024-01-05");
    expect(content.cpr.reviewDate).toBeNull();
  });

  it("keeps text as typed, HTML included (views escape it)", () => {
    const form = validForm();
    form.aboutMe.whatMattersMost = `<img src=x onerror="alert(1)"> & 'family'`;
    expect(planContentSchema.parse(form).aboutMe.whatMattersMost).toBe(`<img src=x onerror="alert(1)"> & 'family'`);
  });

  it("drops unknown keys rather than storing them", () => {
    const form = { ...validForm(), extra: "x", aboutMe: { ...validForm().aboutMe, isAdmin: true } };
    const content = planContentSchema.parse(form) as Record<string, unknown>;
    expect(content.extra).toBeUndefined();
    expect((content.aboutMe as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("toFormValues turns a saved plan back into the form", () => {
    const content = planContentSchema.parse(validForm(4));
    const form = toFormValues(content);
    expect(form.cpr.decisionDate.year).toMatch(/^\d{4}$/);
    expect(form.preferences.preferredPlaceOfDeathOther).toBe("");
    expect(planContentSchema.parse(form)).toEqual(content);
  });

  it("emptyFormValues gives a fresh copy each time", () => {
    const a = emptyFormValues();
    a.contacts.people.push({ name: "A", relationship: "", role: "", phone: "", notes: "" });
    expect(emptyFormValues().contacts.people).toEqual([]);
  });
});

describe("draft schema", () => {
  it("accepts an incomplete draft and keeps half-typed dates", () => {
    const draft = emptyFormValues();
    draft.cpr.decision = "not-recommended";
    draft.cpr.decisionDate = { day: "31", month: "2", year: "" };
    const parsed = draftSchema.parse(draft);
    expect(parsed.cpr.decisionDate).toEqual({ day: "31", month: "2", year: "" });
    expect(parsed).toEqual(draft);
  });

  it("fills in missing sections and answers (older drafts)", () => {
    expect(draftSchema.parse({})).toEqual(emptyFormValues());
    expect(draftSchema.parse({ cpr: { decision: "recommended" } }).cpr.reasons).toBe("");
  });

  it("still enforces types and limits", () => {
    const tooLong = { ...emptyFormValues(), aboutMe: { ...emptyFormValues().aboutMe, whatMattersMost: "a".repeat(2001) } };
    expect(draftSchema.safeParse(tooLong).success).toBe(false);
    expect(draftSchema.safeParse({ cpr: { decision: "maybe" } }).success).toBe(false);
    expect(draftSchema.safeParse({ crisisGuidance: { items: Array(11).fill({}) } }).success).toBe(false);
    expect(draftSchema.safeParse({ aboutMe: { whatMattersMost: 42 } }).success).toBe(false);
    expect(draftSchema.safeParse("plan").success).toBe(false);
  });
});

describe("sensitive fields", () => {
  it("marks the access instructions", () => {
    expect(sensitiveFields).toEqual(["homeAndAccess.accessInstructions"]);
    expect(isSensitiveField("homeAndAccess.accessInstructions")).toBe(true);
    expect(isSensitiveField("homeAndAccess.pets")).toBe(false);
    expect(isSensitiveField("homeAndAccess.accessInstructionsX")).toBe(false);
    for (const path of sensitiveFields) {
      const [section, field] = path.split(".") as ["homeAndAccess", "accessInstructions"];
      expect(sections[section].fields[field]).toBeDefined();
    }
  });
});
