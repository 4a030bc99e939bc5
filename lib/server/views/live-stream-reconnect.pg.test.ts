import { describe, expect, it } from "vitest";
import { cutConnections } from "@/test/cut-connections";
import { cancelPlan } from "../plans/lifecycle";
import { openPlanStream } from "./live-stream";
import { liveCaller, patientWithPlan, readStream } from "@/test/live-stream";

describe("a live stream when the database connections are cut", () => {
  it("says it is stale, re-reads and re-sends the state once listening again, and still hears changes", async () => {
    const { patientId, planId, gp } = await patientWithPlan();
    const aborter = new AbortController();
    const stream = readStream(await openPlanStream(await liveCaller("PARAMEDIC"), patientId, aborter.signal));
    const ready = await stream.next("ready");

    const from = stream.heard.length;
    await cutConnections();
    await stream.next("stale", (d) => d.reason === "listener", from);
    const resent = await stream.next("state", (d) => d.live === true, from);
    expect(resent.token).toBe(ready.token);

    // Changes after the reconnect reach the open stream.
    const later = stream.heard.length;
    await cancelPlan(gp, { planId, reason: "Withdrawn" });
    const cancelled = await stream.next("state", (d) => String(d.token).includes(".CANCELLED."), later);
    expect(cancelled.live).toBe(true);
    aborter.abort();
  });

  it("a change made while the connections are cut is in the state sent after the reconnect", async () => {
    const { patientId, planId, gp } = await patientWithPlan();
    const aborter = new AbortController();
    const stream = readStream(await openPlanStream(await liveCaller("PARAMEDIC"), patientId, aborter.signal));
    await stream.next("ready");
    const from = stream.heard.length;
    await cutConnections();
    await stream.next("stale", () => true, from);
    // Its NOTIFY may well be missed. The first query on a pooled connection that was cut can fail,
    // as any request would at that moment: the GP tries again.
    await expect
      .poll(
        () =>
          cancelPlan(gp, { planId, reason: "Withdrawn during the outage" }).then(
            () => "cancelled",
            (e: Error) => e.message,
          ),
        { timeout: 10_000 },
      )
      .toBe("cancelled");
    await stream.next("state", (d) => d.live === true && String(d.token).includes(".CANCELLED."));
    aborter.abort();
  });
});
