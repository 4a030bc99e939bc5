import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import { getAccessLog } from "./access-log";
import { requestChange } from "../plans/request-change";
import { openChangeRequests } from "./open-change-requests";
import { getPlanView } from "./plan-view";
import { newCaller, newOrganisation, newPatient, publishFirstVersion } from "@/test/fixtures";

describe("a person's own plan", () => {
  it("shows who looked at it, and a change request reaches the plan's authors", async () => {
    const ambulance = await newOrganisation("AMBULANCE_SERVICE", "Test Ambulance");
    const practice = await newOrganisation("GP_PRACTICE", "Test Surgery");
    const patient = await newPatient({
      givenName: "Own",
      familyName: "Plan",
      dateOfBirth: new Date("1936-06-06"),
      addressLine1: "5 Road",
      postcode: "SW2 1QR",
      registeredPracticeId: practice.id,
    });
    const gp = await newCaller("GP", practice.id);
    await publishFirstVersion(gp, patient.id, demoPlanContent()[1]);
    await getPlanView(await newCaller("PARAMEDIC", ambulance.id), { patientId: patient.id });

    const me = await newCaller("PATIENT", null, patient.id);
    const log = (await getAccessLog(me, { patientId: patient.id })).rows;
    expect(log[0]).toMatchObject({ organisation: "Test Ambulance", role: "PARAMEDIC", reason: "Emergency call", version: 1 });
    const someoneElse = await newPatient({
      givenName: "Some",
      familyName: "One",
      dateOfBirth: new Date("1950-01-01"),
      sex: "MALE",
      addressLine1: "6 Road",
      postcode: "SW2 1QR",
    });
    const other = await getAccessLog(await newCaller("PATIENT", null, someoneElse.id), { patientId: patient.id }).catch((e) => e);
    expect(other.code).toBe("NOT_FOUND");
    expect((await getAccessLog(await newCaller("PARAMEDIC"), { patientId: patient.id }).catch((e) => e)).code).toBe("FORBIDDEN");

    expect((await requestChange(me, { patientId: patient.id, text: "" }).catch((e) => e)).code).toBe("INVALID");
    await requestChange(me, { patientId: patient.id, text: "I would now prefer to be cared for at the hospice" });
    const requests = await openChangeRequests(gp, {});
    expect(requests.map((r) => r.text)).toContain("I would now prefer to be cared for at the hospice");
    expect((await requestChange(gp, { patientId: patient.id, text: "x" }).catch((e) => e)).code).toBe("FORBIDDEN");
  });

  it("pages the log 50 at a time, newest first, in a stable order when times are equal", async () => {
    const patient = await newPatient({ givenName: "Paged", familyName: "Log" });
    // 120 reads: pairs written in the same millisecond, so only the id orders them.
    const start = Date.UTC(2026, 5, 30, 12);
    await db().auditEvent.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        action: "plan.viewed",
        outcome: "SUCCESS" as const,
        patientId: patient.id,
        actorRole: "PARAMEDIC" as const,
        reason: `Read ${i}`,
        at: new Date(start + Math.floor(i / 2) * 1000),
      })),
    });
    const me = await newCaller("PATIENT", null, patient.id);
    const pages = [
      await getAccessLog(me, { patientId: patient.id }),
      await getAccessLog(me, { patientId: patient.id, page: 2 }),
      await getAccessLog(me, { patientId: patient.id, page: 3 }),
    ];
    expect(pages.map((p) => [p.page, p.rows.length, p.hasNext])).toEqual([
      [1, 50, true],
      [2, 50, true],
      [3, 20, false],
    ]);
    const reasons = pages.flatMap((p) => p.rows.map((r) => r.reason));
    expect(reasons).toEqual(Array.from({ length: 120 }, (_, i) => `Read ${119 - i}`));
    expect((await getAccessLog(me, { patientId: patient.id, page: 4 })).rows).toEqual([]);
    expect((await getAccessLog(me, { patientId: patient.id, page: 0 }).catch((e) => e)).code).toBe("INVALID");
  });
});
