import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listenerFailureCount, notifyPlanChanged, onPlanChanged, type PlanChanged } from "./plan-events";
import { newCaller, newPatient, publishFirstVersion } from "@/test/fixtures";

function nextEvent(patientId: string): Promise<PlanChanged> & { stop: Promise<() => void> } {
  let stop!: Promise<() => void>;
  const event = new Promise<PlanChanged>((resolve) => {
    stop = onPlanChanged(patientId, resolve);
  });
  return Object.assign(event, { stop });
}

describe("plan published events", () => {
  it("reach a subscriber of that patient once the publish commits, with the new version", async () => {
    const gp = await newCaller("GP");
    const patient = await newPatient({ givenName: "Ev", familyName: "Ent", dateOfBirth: new Date("1944-04-04"), addressLine1: "4 Road", postcode: "N4 1BX" });
    const other = randomUUID();
    const heardByOther: PlanChanged[] = [];
    const stopOther = await onPlanChanged(other, (e) => heardByOther.push(e));

    const waiting = nextEvent(patient.id);
    await waiting.stop;
    const draft = await publishFirstVersion(gp, patient.id);
    await expect(waiting).resolves.toEqual({ kind: "published", patientId: patient.id, planId: draft.planId, version: 1 });
    (await waiting.stop)();
    stopOther();
    expect(heardByOther).toEqual([]);
  });

  it("say nothing for a publish that rolls back", async () => {
    const patientId = randomUUID();
    const heard: PlanChanged[] = [];
    const stop = await onPlanChanged(patientId, (e) => heard.push(e));
    await expect(
      db().$transaction(async (tx) => {
        await notifyPlanChanged(tx, { kind: "published", patientId, planId: randomUUID(), version: 99 });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    // A committed event sent afterwards arrives alone: the rolled-back one never does.
    const next = new Promise<PlanChanged>((resolve) => void onPlanChanged(patientId, resolve));
    await db().$transaction((tx) => notifyPlanChanged(tx, { kind: "published", patientId, planId: randomUUID(), version: 100 }));
    await next;
    stop();
    expect(heard.map((e) => e.version)).toEqual([100]);
  });

  it("reach every listener even when one of them throws", async () => {
    const patientId = randomUUID();
    const failuresBefore = listenerFailureCount();
    const stopBroken = await onPlanChanged(patientId, () => {
      throw new Error("a broken view");
    });
    const stopRejecting = await onPlanChanged(patientId, () => Promise.reject(new Error("a broken async view")) as unknown as void);
    const heard = nextEvent(patientId);
    const stopHealthy = await heard.stop;
    await db().$transaction((tx) => notifyPlanChanged(tx, { kind: "cancelled", patientId, planId: null, version: 3 }));
    await expect(heard).resolves.toMatchObject({ kind: "cancelled", version: 3 });
    // And the next change still reaches everyone (the broken listener did not unhook the channel).
    const again = nextEvent(patientId);
    const stopAgain = await again.stop;
    await db().$transaction((tx) => notifyPlanChanged(tx, { kind: "death", patientId, planId: null, version: 3 }));
    await expect(again).resolves.toMatchObject({ kind: "death" });
    expect(listenerFailureCount()).toBeGreaterThanOrEqual(failuresBefore + 2);
    for (const stop of [stopBroken, stopRejecting, stopHealthy, stopAgain]) stop();
  });
});
