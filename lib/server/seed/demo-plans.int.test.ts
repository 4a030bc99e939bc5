import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { planContentSchema, toFormValues, type PlanContent } from "@/lib/domain/plan";
import { testNhsNumber } from "@/lib/domain/nhs-number";
import { careHomeResidents, withdrawnConsentPatient } from "./demo-data";
import { seedDemoData } from "./seed";

describe("demo plans", () => {
  it("gives ten patients a valid published plan, with the states the demo needs, idempotently", async () => {
    await seedDemoData(db(), { demoAccounts: true });
    const again = await seedDemoData(db(), { demoAccounts: true });
    expect(again.plans).toBe(0);

    const numbers = Array.from({ length: 11 }, (_, i) => testNhsNumber(i + 1));
    const plans = await db().carePlan.findMany({
      where: { patient: { nhsNumber: { in: numbers } } },
      include: { versions: true, patient: true },
    });
    const published = plans.filter((p) => p.publishedVersion > 0);
    expect(published.length).toBeGreaterThanOrEqual(10);
    expect(published.filter((p) => p.versions.length >= 2).length).toBeGreaterThanOrEqual(3);
    expect(plans.filter((p) => p.status === "CANCELLED")).toHaveLength(1);
    expect(plans.filter((p) => p.patient.dateOfDeath)).toHaveLength(1);
    expect(plans.filter((p) => p.status === "ACTIVE" && p.reviewDate && p.reviewDate < new Date())).toHaveLength(1);
    expect(plans.filter((p) => p.publishedVersion === 0 && p.draftContent)).toHaveLength(1);
    for (const plan of published) {
      expect(plan.versions.map((v) => v.version).sort()).toEqual(Array.from({ length: plan.publishedVersion }, (_, i) => i + 1));
      // Written through publishPlan, so every stored version passes the publish schema as it stands.
      for (const v of plan.versions) expect(planContentSchema.safeParse(toFormValues(v.content as PlanContent)).success).toBe(true);
    }
    // The withdrawn-consent demo patient: a published plan, not shared, the withdrawal in the consent rows and the audit trail.
    const withdrawn = await db().patient.findUniqueOrThrow({ where: { nhsNumber: withdrawnConsentPatient }, include: { plan: true, consents: true } });
    expect(withdrawn.plan?.publishedVersion).toBe(1);
    expect(withdrawn.sharingWithdrawnAt).not.toBeNull();
    expect(withdrawn.consents.length).toBeGreaterThan(0);
    expect(withdrawn.consents.every((c) => c.withdrawnAt !== null)).toBe(true);
    expect(await db().auditEvent.count({ where: { action: "consent.withdrawn", patientId: withdrawn.id, outcome: "SUCCESS" } })).toBe(1);
    // The care home's residents: each has a plan or a draft that says they live there.
    const residents = await db().carePlan.findMany({ where: { patient: { nhsNumber: { in: careHomeResidents } } } });
    expect(residents).toHaveLength(careHomeResidents.length);
    const audits = await db().auditEvent.count({ where: { action: "plan.published", outcome: "SUCCESS", planId: { in: published.map((p) => p.id) } } });
    expect(audits).toBe(published.reduce((n, p) => n + p.versions.length, 0));
  });
});
