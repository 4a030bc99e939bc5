import { describe, expect, it } from "vitest";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import { diffPlans, displayValue } from "./diff";
import type { PlanContent } from "./schema";

const today = new Date(2026, 0, 15);
const plan = (index: number): PlanContent => structuredClone(demoPlanContent(today)[index]);

describe("diffPlans", () => {
  it("describes a changed CPR decision in plain English", () => {
    const before = plan(2);
    const after = structuredClone(before);
    after.cpr.decision = "not-recommended";
    after.cpr.reasons = "Condition has worsened";
    expect(diffPlans(before, after)).toEqual([
      {
        section: "cpr",
        sectionTitle: "CPR decision",
        field: "cpr.decision",
        label: "CPR decision",
        before: "CPR attempts recommended",
        after: "CPR attempts not recommended",
      },
      { section: "cpr", sectionTitle: "CPR decision", field: "cpr.reasons", label: "Reasons for the decision", before: null, after: "Condition has worsened" },
    ]);
  });

  it("uses NHS-style dates, value labels and group labels", () => {
    const before = plan(2);
    const after = structuredClone(before);
    after.planDetails.reviewDate = "2026-11-21";
    after.cpr.madeBy.registrationNumber = "7654321";
    after.medicines.medicinesOfNote = ["anticoagulants", "insulin"];
    const changes = diffPlans(before, after).map(({ field, label, before: b, after: a }) => ({ field, label, b, a }));
    expect(changes).toEqual([
      { field: "cpr.madeBy.registrationNumber", label: "Clinician who made the decision: Professional registration number", b: null, a: "7654321" },
      { field: "medicines.medicinesOfNote", label: "Medicines of note", b: "Anticoagulants (blood thinners)", a: "Anticoagulants (blood thinners), Insulin" },
      { field: "planDetails.reviewDate", label: "Plan review date", b: "15 December 2026", a: "21 November 2026" },
    ]);
  });

  it("reports a changed phone number of a list item by its position", () => {
    const before = plan(1);
    const after = structuredClone(before);
    after.contacts.people[1].phone = "07700 900 999";
    expect(diffPlans(before, after)).toEqual([
      {
        section: "contacts",
        sectionTitle: "Contacts",
        field: "contacts.people.1.phone",
        label: "Person 2: Phone number",
        before: "07700 900 457",
        after: "07700 900 999",
      },
    ]);
  });

  it("reports added and removed items as one change each, with a summary", () => {
    const before = plan(1);
    const after = structuredClone(before);
    after.contacts.people.shift();
    after.contacts.people.push({ name: "Priya Shah", relationship: "Niece", role: "other", phone: null, notes: null });
    expect(diffPlans(before, after).map(({ field, label, before: b, after: a }) => ({ field, label, b, a }))).toEqual([
      { field: "contacts.people.0", label: "Person 1", b: "Meena Patel, Wife, Main carer, 07700 900 456", a: null },
      { field: "contacts.people.1", label: "Person 2", b: null, a: "Priya Shah, Niece, Other" },
    ]);
  });

  it("treats sections missing from an older version as not answered", () => {
    const after = plan(3);
    const before = structuredClone(after) as Partial<PlanContent>;
    delete before.crisisGuidance;
    const changes = diffPlans(before as PlanContent, after);
    expect(changes.map((c) => [c.field, c.before])).toEqual([
      ["crisisGuidance.items.0", null],
      ["crisisGuidance.items.1", null],
    ]);
  });
});

describe("displayValue", () => {
  it("reads values by path in plain English", () => {
    expect(displayValue("cpr.decision", "recommended")).toBe("CPR attempts recommended");
    expect(displayValue("preferences.preferredPlaceOfDeath", "declined")).toBe("Declined to discuss");
    expect(displayValue("cpr.decisionDate", "2025-02-28")).toBe("28 February 2025");
    expect(displayValue("cpr.madeBy.name", "Dr Who")).toBe("Dr Who");
    expect(displayValue("contacts.people.2.role", "next-of-kin")).toBe("Next of kin");
    expect(displayValue("contacts.people.2", { name: "Jo", relationship: null, role: "main-carer", phone: "01632 960 001", notes: null })).toBe(
      "Jo, Main carer, 01632 960 001",
    );
    expect(displayValue("aboutMe.preferredName", null)).toBeNull();
  });

  it("falls back sensibly for unknown paths and odd values", () => {
    expect(displayValue("nope.field", "text")).toBe("text");
    expect(displayValue("cpr.__proto__", { a: 1 })).toBe('{"a":1}');
    expect(displayValue("cpr.decision", "retired-code")).toBe("retired-code");
    expect(displayValue("cpr.decision", "")).toBeNull();
  });
});
