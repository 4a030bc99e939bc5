import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uniqueNhsNumber } from "@/test/nhs-numbers";
import { writeAudit } from "../audit";
import { exportAudit, searchAudit } from "./audit-search";
import { newCaller, newOrganisation, newPatient } from "@/test/fixtures";

const empty = { day: "", month: "", year: "" };
const none = { nhsNumber: "", userEmail: "", odsCode: "", from: empty, to: empty };

describe("audit search", () => {
  it("filters by patient, user, organisation and break glass; refuses non-administrators", async () => {
    const org = await newOrganisation("GP_PRACTICE", "Audit Org");
    const nhs = await uniqueNhsNumber();
    const patient = await newPatient({
      nhsNumber: nhs,
      givenName: "Aud",
      familyName: "It",
      dateOfBirth: new Date("1945-05-05"),
      sex: "MALE",
      addressLine1: "7 Road",
      postcode: "E3 5LU",
    });
    const gp = await newCaller("GP", org.id);
    await writeAudit(db(), gp, "plan.viewed", "SUCCESS", { patientId: patient.id, reason: "Referral", detail: { breakGlass: true } });
    await writeAudit(db(), gp, "patient.view", "SUCCESS", { patientId: patient.id });
    const admin = await newCaller("ADMIN");

    const byPatient = (await searchAudit(admin, { ...none, nhsNumber: nhs })).rows;
    expect(byPatient.map((r) => r.action).sort()).toEqual(["patient.view", "plan.viewed"]);
    expect(byPatient[0].patient?.nhsNumber).toBe(nhs);
    const byOrg = (await searchAudit(admin, { ...none, odsCode: org.odsCode.toLowerCase() })).rows;
    expect(byOrg).toHaveLength(2);
    const byUser = (await searchAudit(admin, { ...none, userEmail: gp.actor!.email.toUpperCase() })).rows;
    expect(byUser.every((r) => r.actor?.email === gp.actor!.email)).toBe(true);
    const breakGlass = (await searchAudit(admin, { ...none, nhsNumber: nhs, breakGlassOnly: true })).rows;
    expect(breakGlass.map((r) => r.reason)).toEqual(["Referral"]);
    expect((await searchAudit(admin, { ...none, nhsNumber: await uniqueNhsNumber() })).rows).toEqual([]);

    const today = new Date();
    const parts = { day: String(today.getDate()), month: String(today.getMonth() + 1), year: String(today.getFullYear()) };
    expect((await searchAudit(admin, { ...none, nhsNumber: nhs, from: parts, to: parts })).rows.length).toBe(2);
    const backwards = await searchAudit(admin, { ...none, from: parts, to: { ...parts, year: String(today.getFullYear() - 1) } }).catch((e) => e);
    expect(backwards.fieldErrors.to).toMatch(/End date must be/);

    expect((await exportAudit(admin, { ...none, nhsNumber: nhs })).length).toBe(2);
    expect((await searchAudit(gp, none).catch((e) => e)).code).toBe("FORBIDDEN");
    expect(await db().auditEvent.count({ where: { action: "admin.audit.exported", actorId: admin.actor!.userId } })).toBe(1);
  });
});
