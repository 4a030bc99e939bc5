import { describe, expect, it } from "vitest";
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
    const patient = await newPatient({ givenName: "Own", familyName: "Plan", dateOfBirth: new Date("1936-06-06"), addressLine1: "5 Road", postcode: "SW2 1QR", registeredPracticeId: practice.id });
    const gp = await newCaller("GP", practice.id);
    await publishFirstVersion(gp, patient.id, demoPlanContent()[1]);
    await getPlanView(await newCaller("PARAMEDIC", ambulance.id), { patientId: patient.id });

    const me = await newCaller("PATIENT", null, patient.id);
    const log = await getAccessLog(me, { patientId: patient.id });
    expect(log[0]).toMatchObject({ organisation: "Test Ambulance", role: "PARAMEDIC", reason: "Emergency call", version: 1 });
    const someoneElse = await newPatient({ givenName: "Some", familyName: "One", dateOfBirth: new Date("1950-01-01"), sex: "MALE", addressLine1: "6 Road", postcode: "SW2 1QR" });
    const other = await getAccessLog(await newCaller("PATIENT", null, someoneElse.id), { patientId: patient.id }).catch((e) => e);
    expect(other.code).toBe("NOT_FOUND");
    expect((await getAccessLog(await newCaller("PARAMEDIC"), { patientId: patient.id }).catch((e) => e)).code).toBe("FORBIDDEN");

    expect((await requestChange(me, { text: "" }).catch((e) => e)).code).toBe("INVALID");
    await requestChange(me, { text: "I would now prefer to be cared for at the hospice" });
    const requests = await openChangeRequests(gp, {});
    expect(requests.map((r) => r.text)).toContain("I would now prefer to be cared for at the hospice");
    expect((await requestChange(gp, { text: "x" }).catch((e) => e)).code).toBe("FORBIDDEN");
  });
});
