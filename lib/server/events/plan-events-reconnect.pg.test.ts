import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cutConnections } from "@/test/cut-connections";
import { isListening, notifyPlanChanged, onListeningChanged, onPlanChanged, type PlanChanged } from "./plan-events";

function statusChanges(count: number): Promise<boolean[]> & { stop: () => void } {
  const seen: boolean[] = [];
  let stop = () => {};
  const done = new Promise<boolean[]>((resolve) => {
    stop = onListeningChanged((listening) => {
      seen.push(listening);
      if (seen.length === count) resolve(seen);
    });
  });
  return Object.assign(done, { stop });
}

describe("the LISTEN connection on PostgreSQL", () => {
  it("comes back after pg_terminate_backend, says it was lost and back, and hears changes again", async () => {
    const patientId = randomUUID();
    const heard: PlanChanged[] = [];
    const stop = await onPlanChanged(patientId, (e) => heard.push(e));
    expect(isListening()).toBe(true);

    for (let round = 1; round <= 2; round++) {
      const changes = statusChanges(2);
      expect(await cutConnections()).toBeGreaterThan(0);
      expect(await changes).toEqual([false, true]);
      changes.stop();
      expect(isListening()).toBe(true);
      const arrived = new Promise<PlanChanged>((resolve) => void onPlanChanged(patientId, resolve).then((s) => arrived.finally(s)));
      await db().$transaction((tx) => notifyPlanChanged(tx, { kind: "published", patientId, planId: null, version: round }));
      await expect(arrived).resolves.toMatchObject({ version: round });
    }
    expect(heard.map((e) => e.version)).toEqual([1, 2]);
    stop();
  });
});
