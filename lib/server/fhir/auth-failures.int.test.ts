import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authFailureGate, FailureGate } from "./auth-failures";
import { fhirGet, setUpFhirFixture, type Fixture } from "@/test/fhir-api";

/** P1 "Audit flooding": made-up bearer tokens are rate limited per address and audited as few rows. */
let f: Fixture;

beforeAll(async () => {
  f = await setUpFhirFixture();
});

const rowsFrom = (userAgent: string) => db().auditEvent.findMany({ where: { action: "api.authenticate", userAgent }, orderBy: { id: "asc" } });

describe("300 requests with made-up tokens", () => {
  it("get 401 up to the limit, then 429 with Retry-After; one audit row at once and one summary; a valid token still works", async () => {
    const agent = `flood-${randomUUID()}`;
    const headers = { "user-agent": agent, "x-forwarded-for": "203.0.113.9" };
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof fhirGet>> | null = null;
    for (let i = 0; i < 300; i++) {
      last = await fhirGet(`/CarePlan/${f.planId}`, `ucp_${randomUUID().replaceAll("-", "").padEnd(43, "x")}`, headers);
      statuses.push(last.status);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(20);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(last!.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(last!.body).toMatchObject({ resourceType: "OperationOutcome", issue: [{ code: "throttled" }] });
    expect(await rowsFrom(agent)).toHaveLength(1);

    // A good token from the same address is neither refused nor counted.
    expect((await fhirGet(`/CarePlan/${f.planId}`, f.tokens.PARAMEDIC, headers)).status).toBe(200);

    await authFailureGate().flushAll();
    const rows = await rowsFrom(agent);
    expect(rows).toHaveLength(2);
    expect(rows[0].detail).toMatchObject({ reason: "unknown", limited: false, via: "fhir-api" });
    expect(rows[1].detail).toMatchObject({ aggregated: true, count: 299, attempts: 300, limited: 280, reasons: { unknown: 300 } });
  });
});

describe("the gate's windows", () => {
  it("writes the first failure of each reason at once, the rest as one summary per source per window", async () => {
    let now = Date.parse("2026-12-01T10:00:00Z");
    const gate = new FailureGate({ limit: 3, windowMs: 60_000, now: () => now, timers: false });
    const agent = `window-${randomUUID()}`;
    const a = { ip: "198.51.100.1", userAgent: agent };
    const b = { ip: "198.51.100.2", userAgent: agent };
    for (let i = 0; i < 3; i++) expect(await gate.fail(a, "unknown")).toEqual({ limited: false });
    expect(await gate.fail(a, "revoked", "client-1")).toEqual({ limited: true, retryAfterSeconds: 60 });
    now += 45_000;
    expect(await gate.fail(a, "unknown")).toEqual({ limited: true, retryAfterSeconds: 15 });
    // Another address has its own budget.
    expect(await gate.fail(b, "missing")).toEqual({ limited: false });
    expect((await rowsFrom(agent)).map((r) => [r.ip, (r.detail as { reason: string }).reason])).toEqual([
      ["198.51.100.1", "unknown"],
      ["198.51.100.1", "revoked"],
      ["198.51.100.2", "missing"],
    ]);
    // The next window: the summary of the last one is written, and the budget starts again.
    now += 20_000;
    expect(await gate.fail(a, "unknown")).toEqual({ limited: false });
    const rows = await rowsFrom(agent);
    expect(rows).toHaveLength(5);
    expect(rows[3].detail).toMatchObject({
      aggregated: true,
      count: 3,
      attempts: 5,
      limited: 2,
      reasons: { unknown: 4, revoked: 1 },
      apiClientIds: ["client-1"],
    });
    expect(rows[4].detail).toMatchObject({ reason: "unknown" });
    await gate.flushAll();
    expect(await rowsFrom(agent)).toHaveLength(5); // b's one failure and a's new one were each written already
  });

  it("keeps memory bounded: past maxSources, new addresses share one window", async () => {
    const gate = new FailureGate({ limit: 2, windowMs: 60_000, maxSources: 3, timers: false });
    const agent = `many-${randomUUID()}`;
    for (let i = 0; i < 3; i++) await gate.fail({ ip: `192.0.2.${i}`, userAgent: agent }, "unknown");
    const answers = [];
    for (let i = 3; i < 10; i++) answers.push(await gate.fail({ ip: `192.0.2.${i}`, userAgent: agent }, "unknown"));
    expect(answers.filter((x) => x.limited)).toHaveLength(5);
    expect(await rowsFrom(agent)).toHaveLength(4);
  });
});
