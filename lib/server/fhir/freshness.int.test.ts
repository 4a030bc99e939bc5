import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Caller } from "../actor";
import { cancelPlan, recordDeath } from "../plans/lifecycle";
import { fhirGet, setUpFhirFixture, type Fixture } from "@/test/fhir-api";
import { newCaller } from "@/test/fixtures";

/** P1: vread past the policy, ETags that ignore status, and hostile paths. */
let f: Fixture;

beforeAll(async () => {
  f = await setUpFhirFixture();
});

/** A GP of the fixture patient's practice: inside the care team, so no reason is needed. */
async function gpOf(fixture: Fixture): Promise<Caller> {
  const org = await db().organisation.findUniqueOrThrow({ where: { odsCode: fixture.practiceOds } });
  return newCaller("GP", org.id);
}

describe("vread of a superseded version needs plan history access", () => {
  it("a paramedic or 111 call handler client reads the current version by vread, but not an earlier one", async () => {
    for (const role of ["PARAMEDIC", "CALL_HANDLER_111"] as const) {
      expect((await fhirGet(`/CarePlan/${f.planId}/_history/2`, f.tokens[role])).status, role).toBe(200);
      const old = await fhirGet(`/CarePlan/${f.planId}/_history/1`, f.tokens[role]);
      expect(old.status, role).toBe(403);
      expect(old.body).toMatchObject({ resourceType: "OperationOutcome", issue: [{ code: "forbidden" }] });
      expect(JSON.stringify(old.body)).not.toContain("Version one");
      // A version that was never published is no different: no probing for how many exist.
      expect((await fhirGet(`/CarePlan/${f.planId}/_history/7`, f.tokens[role])).status, role).toBe(403);
    }
  });

  it("roles with plan history read any version, and the refusal is audited as denied", async () => {
    expect((await fhirGet(`/CarePlan/${f.planId}/_history/1`, f.tokens.CLINICIAN_111)).status).toBe(200);
    const before = await db().auditEvent.count({ where: { outcome: "DENIED", action: "plan.viewed" } });
    await fhirGet(`/CarePlan/${f.planId}/_history/1`, f.tokens.PARAMEDIC);
    expect(await db().auditEvent.count({ where: { outcome: "DENIED", action: "plan.viewed" } })).toBe(before + 1);
  });
});

describe("ETag and Last-Modified follow the plan's state, not only its version", () => {
  it("cancelling the plan changes the ETag: the old one no longer answers 304", async () => {
    const g = await setUpFhirFixture();
    const before = await fhirGet(`/CarePlan/${g.planId}`, g.tokens.PARAMEDIC);
    const etag = before.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"2-[A-Za-z0-9_-]{16}"$/);
    expect(before.body).toMatchObject({ meta: { versionId: "2" }, status: "active" });
    expect((await fhirGet(`/CarePlan/${g.planId}`, g.tokens.PARAMEDIC, { "if-none-match": etag })).status).toBe(304);

    await cancelPlan(await gpOf(g), { planId: g.planId, reason: "Plan no longer wanted" });
    const after = await fhirGet(`/CarePlan/${g.planId}`, g.tokens.PARAMEDIC, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ meta: { versionId: "2" }, status: "revoked" });
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(new Date(after.headers.get("last-modified")!).getTime()).toBeGreaterThanOrEqual(new Date(before.headers.get("last-modified")!).getTime());
    const cancelledAt = (await db().carePlan.findUniqueOrThrow({ where: { id: g.planId } })).cancelledAt!;
    expect((after.body as { meta: { lastUpdated: string } }).meta.lastUpdated).toBe(cancelledAt.toISOString());
    expect(new Date(after.headers.get("last-modified")!).getTime()).toBe(Math.floor(cancelledAt.getTime() / 1000) * 1000);
    // The history entries carry the same ETags as vread.
    const history = await fhirGet(`/CarePlan/${g.planId}/_history`, g.tokens.GP);
    const entryEtag = (history.body as { entry: { response: { etag: string } }[] }).entry[0].response.etag;
    expect(entryEtag).toBe(after.headers.get("etag"));
    expect((await fhirGet(`/CarePlan/${g.planId}`, g.tokens.PARAMEDIC, { "if-none-match": after.headers.get("etag")! })).status).toBe(304);
  });

  it("recording a death changes the ETag", async () => {
    const g = await setUpFhirFixture();
    const etag = (await fhirGet(`/CarePlan/${g.planId}`, g.tokens.PARAMEDIC)).headers.get("etag")!;
    const yesterday = new Date(Date.now() - 86_400_000);
    const dateOfDeath = { day: String(yesterday.getUTCDate()), month: String(yesterday.getUTCMonth() + 1), year: String(yesterday.getUTCFullYear()) };
    await recordDeath(await gpOf(g), { patientId: g.patientId, dateOfDeath, placeOfDeath: "home", diedAtPreferredPlace: "yes" });
    const after = await fhirGet(`/CarePlan/${g.planId}`, g.tokens.PARAMEDIC, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
  });
});

describe("hostile paths", () => {
  it.each(["/CarePlan/%", "/CarePlan/%zz", "/Patient/%E0%A4%A", "/%", "/CarePlan/PLAN/_history/%", "/Patient/PATIENT/%"])(
    "%s answers 400 or 404, not 500",
    async (template) => {
      const r = await fhirGet(template.replace("PLAN", f.planId).replace("PATIENT", f.patientId), f.tokens.GP);
      expect([400, 404]).toContain(r.status);
      expect(r.body).toMatchObject({ resourceType: "OperationOutcome" });
    },
  );
});
