import { describe, expect, it } from "vitest";
import { ageOn } from "@/lib/domain/london-time";
import { planContentSchema, toFormValues } from "@/lib/domain/plan/schema";
import { planDates } from "../../demo-plan-content";
import { careHomeResidents, demoPatients, withdrawnConsentPatient } from "../../demo-data";
import { demoPersonPlans } from ".";

// Item 8 of issue P4: each demo plan fits its person.
const people = demoPatients();
const plans = demoPersonPlans.map(({ patient, versions }) => ({ person: people[patient - 1], versions: versions.map((b) => b(...planDates())) }));
// The templates' own people: none of them may leak into a demo person's plan.
const templatePeople =
  /Peggy|Rosewood|Tibby|Michael Doyle|\bRaj\b|Meena|St Catherine|Tobi|Funmi|degree|student|\bMum\b|Elaine|David Hughes|Cardiff|Anna Nowak|Polish interpreter/;

describe("demo people's plans", () => {
  it.each(plans.map((p) => [`${p.person.givenName} ${p.person.familyName}`, p] as const))("%s: valid, and nothing from another person's plan", (_name, p) => {
    for (const content of p.versions) {
      const result = planContentSchema.safeParse(toFormValues(content));
      expect(result.success ? [] : result.error.issues).toEqual([]);
      expect(JSON.stringify(content)).not.toMatch(templatePeople);
    }
  });

  it("Margaret Okafor (85): heart failure and frailty, her son Chidi her attorney, CPR discussed with her", () => {
    const margaret = plans.find((p) => p.person.givenName === "Margaret" && p.person.familyName === "Okafor")!;
    expect(ageOn(margaret.person.dateOfBirth)).toBeGreaterThanOrEqual(80);
    const latest = margaret.versions.at(-1)!;
    expect(latest.capacityAndLegal.attorneys.map((a) => a.name)).toEqual(["Chidi Okafor"]);
    expect(latest.cpr).toMatchObject({ decision: "not-recommended", discussedWithPatient: "yes" });
    expect(latest.clinicalBackground.diagnoses.map((d) => d.description).join()).toMatch(/Heart failure.*frailty/i);
  });

  it("the care home's residents are its oldest patients and their plans say they live there", () => {
    for (const nhs of careHomeResidents) {
      const person = people.find((p) => p.nhsNumber === nhs)!;
      expect(ageOn(person.dateOfBirth), person.familyName).toBeGreaterThanOrEqual(85);
      const plan = plans.find((p) => p.person.nhsNumber === nhs);
      if (plan) expect(plan.versions[0].homeAndAccess.livingSituation).toMatch(/Dulwich Grove Care Home/);
    }
  });

  it("nobody under 60 lives in a care home or has a dementia plan; a partner or child is of the right age", () => {
    for (const { person, versions } of plans) {
      const text = JSON.stringify(versions);
      if (ageOn(person.dateOfBirth) < 60) expect(text, person.familyName).not.toMatch(/care home|dementia|Alzheimer|grandchild/i);
    }
  });

  it("the withdrawn-consent patient has a plan", () => {
    expect(plans.some((p) => p.person.nhsNumber === withdrawnConsentPatient)).toBe(true);
  });
});
