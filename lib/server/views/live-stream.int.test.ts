import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cancelPlan, recordDeath } from "../plans/lifecycle";
import type { Caller } from "../actor";
import { openPlanStream, type StreamOptions } from "./live-stream";
import { liveCaller, patientWithPlan, readStream } from "@/test/live-stream";
import { openStreamCount } from "./stream-caps";

const aborters: AbortController[] = [];
function open(caller: Caller, patientId: string, options?: StreamOptions) {
  const aborter = new AbortController();
  aborters.push(aborter);
  return openPlanStream(caller, patientId, aborter.signal, options);
}
afterEach(() => {
  for (const a of aborters.splice(0)) a.abort();
});

const yesterday = () => {
  const d = new Date(Date.now() - 86_400_000);
  return { day: String(d.getDate()), month: String(d.getMonth() + 1), year: String(d.getFullYear()) };
};

describe("the live stream of a plan", () => {
  it("opens with the state token, then re-sends the state when the plan is cancelled (same version, new token)", async () => {
    const { patientId, planId, gp } = await patientWithPlan();
    const paramedic = await liveCaller("PARAMEDIC");
    const stream = readStream(await open(paramedic, patientId));
    const ready = await stream.next("ready");
    expect(ready).toMatchObject({ version: 1, live: true, token: expect.stringContaining("1.ACTIVE.") });

    await cancelPlan(gp, { planId, reason: "Withdrawn at the person's request" });
    const state = await stream.next("state");
    expect(state).toMatchObject({ version: 1, live: true, token: expect.stringContaining("1.CANCELLED.") });
    expect(state.token).not.toBe(ready.token);
    // One audit row for the open and one for the re-read after the change, saying why.
    const rows = await db().auditEvent.findMany({ where: { action: "plan.watched", patientId, actorId: paramedic.actor!.userId }, orderBy: { id: "asc" } });
    expect(rows.map((r) => (r.detail as { trigger: string }).trigger)).toEqual(["open", "change"]);
  });

  it("re-sends the state when a death is recorded", async () => {
    const { patientId, gp } = await patientWithPlan();
    const stream = readStream(await open(await liveCaller("PARAMEDIC"), patientId));
    const ready = await stream.next("ready");
    await recordDeath(gp, { patientId, dateOfDeath: yesterday(), placeOfDeath: "home", diedAtPreferredPlace: "yes" });
    const state = await stream.next("state");
    expect(state.token).not.toBe(ready.token);
    expect(state.token).toMatch(/^1\.ACTIVE\.[0-9a-z]+\./); // the death is in the token
  });

  it("ends with reason-required, not endless refused re-reads, when a break-glass reason no longer holds", async () => {
    const { patientId, planId, gp } = await patientWithPlan();
    const outsider: Caller = { ...(await liveCaller("GP")), accessReason: "Asked to visit by the out-of-hours service" };
    const stream = readStream(await open(outsider, patientId, { retryMs: 10 }));
    await stream.next("ready");
    outsider.accessReason = null; // the reason has run out (as a 12-hour grant does)
    await cancelPlan(gp, { planId, reason: "Withdrawn" });
    expect(await stream.next("reason-required")).toMatchObject({ message: expect.stringContaining("run out") });
    await stream.ended;
    const denied = await db().auditEvent.count({ where: { action: "plan.watched", outcome: "DENIED", actorId: outsider.actor!.userId } });
    expect(denied).toBe(1);
  });

  it("sends heartbeats, and ends with session-ended once the account is deactivated", async () => {
    const { patientId } = await patientWithPlan();
    const paramedic = await liveCaller("PARAMEDIC");
    const response = await open(paramedic, patientId, { heartbeatMs: 50, sessionCheckEvery: 2 });
    const stream = readStream(response);
    expect(await stream.next("heartbeat")).toEqual({ live: true });
    expect(openStreamCount(paramedic.actor!.userId)).toBe(1);
    await db().user.update({ where: { id: paramedic.actor!.userId }, data: { active: false } });
    await stream.next("session-ended");
    await stream.ended;
    expect(openStreamCount(paramedic.actor!.userId)).toBe(0);
  });

  it("refuses a patient the reader may not see as not found, holding no slot", async () => {
    const { patientId } = await patientWithPlan();
    const admin = await liveCaller("ADMIN");
    const response = await open(admin, patientId);
    expect(response.status).toBe(404);
    expect((await open(await liveCaller("PARAMEDIC"), randomUUID())).status).toBe(404);
    expect((await open(await liveCaller("PARAMEDIC"), "not-a-uuid")).status).toBe(400);
    expect(openStreamCount(admin.actor!.userId)).toBe(0);
    expect((await open({ actor: null }, patientId)).status).toBe(401);
  });

  it("caps open streams per person (429) and per instance (503), with a message, and frees slots on close", async () => {
    const { patientId } = await patientWithPlan();
    const paramedic = await liveCaller("PARAMEDIC");
    const first: AbortController[] = [];
    for (let i = 0; i < 10; i++) {
      const aborter = new AbortController();
      first.push(aborter);
      expect((await openPlanStream(paramedic, patientId, aborter.signal)).status).toBe(200);
    }
    const over = await open(paramedic, patientId);
    expect(over.status).toBe(429);
    expect(over.headers.get("Retry-After")).toBe("30");
    expect((await over.json()).error).toMatch(/live views open.*Close some tabs/);
    first[0].abort();
    expect(openStreamCount(paramedic.actor!.userId)).toBe(9);
    expect((await open(paramedic, patientId)).status).toBe(200);
    for (const a of first) a.abort();

    process.env.UCP_MAX_STREAMS = String(openStreamCount());
    try {
      const full = await open(await liveCaller("PARAMEDIC"), patientId);
      expect(full.status).toBe(503);
      expect((await full.json()).error).toMatch(/as many live views open as it can take/);
    } finally {
      delete process.env.UCP_MAX_STREAMS;
    }
  });
  it(
    "one change reaches every stream of the patient from one shared re-read: each gets the state and its own audit row; " + "an ended session among them ends",
    async () => {
      const { patientId, planId, gp } = await patientWithPlan();
      const crews = [await liveCaller("PARAMEDIC"), await liveCaller("CALL_HANDLER_111")];
      // A sign-in that has ended (signed out elsewhere): its stream must end, not hear the change.
      const signedOut: Caller = { ...(await liveCaller("PARAMEDIC")), session: { sessionId: randomUUID() } };
      const streams = [];
      for (const crew of crews) for (let i = 0; i < 10; i++) streams.push(readStream(await open(crew, patientId)));
      const ending = readStream(await open(signedOut, patientId));
      for (const s of [...streams, ending]) await s.next("ready");

      await cancelPlan(gp, { planId, reason: "Withdrawn at the person's request" });
      for (const s of streams) expect(await s.next("state")).toMatchObject({ version: 1, token: expect.stringContaining("1.CANCELLED.") });
      await ending.next("session-ended");
      await ending.ended;
      for (const crew of crews) {
        const rows = await db().auditEvent.findMany({ where: { action: "plan.watched", patientId, actorId: crew.actor!.userId, outcome: "SUCCESS" } });
        const triggers = rows.map((r) => (r.detail as { trigger: string }).trigger);
        expect(triggers.filter((t) => t === "change")).toHaveLength(10);
        expect(rows.every((r) => r.planId === planId && r.version === 1 && r.reason)).toBe(true); // the emergency role's default reason
      }
      const outsiderRows = await db().auditEvent.findMany({ where: { action: "plan.watched", actorId: signedOut.actor!.userId } });
      expect(outsiderRows.map((r) => (r.detail as { trigger: string }).trigger)).toEqual(["open"]);
    },
  );
});
