import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newCaller, newOrganisation, resultCode } from "@/test/fixtures";
import type { Caller } from "../actor";
import { searchAudit } from "../admin/audit-search";
import type { AppError } from "../errors";
import { addOrganisation, getOrganisation, listOrganisations, reinstateOrganisation, suspendOrganisation, updateOrganisation } from "./manage";

let admin: Caller;
let icb: { id: string; odsCode: string };
/** A GP practice code no other test uses: a letter and five numbers. */
const practiceCode = () => `W${String(randomBytes(3).readUIntBE(0, 3) % 100000).padStart(5, "0")}`;

async function invalid(work: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await work;
  } catch (e) {
    expect((e as AppError).code).toBe("INVALID");
    return (e as AppError).fieldErrors;
  }
  throw new Error("expected INVALID");
}

beforeAll(async () => {
  admin = await newCaller("ADMIN");
  const code = `Q${randomBytes(2).toString("hex").slice(0, 2).toUpperCase()}`.replace(/^Q(KK|MF)$/, "QZZ");
  icb = await db().organisation.upsert({ where: { odsCode: code }, create: { odsCode: code, name: "Test ICB", kind: "ICB" }, update: { kind: "ICB" } });
});

describe("adding an organisation", () => {
  it("checks the ODS code's shape for its kind, with specific messages", async () => {
    const base = { name: "Shape Surgery", kind: "GP_PRACTICE" as const };
    expect(await invalid(addOrganisation(admin, { ...base, odsCode: "Y1" }))).toMatchObject({
      odsCode: expect.stringContaining("3, 5 or 6 letters and numbers"),
    });
    expect(await invalid(addOrganisation(admin, { ...base, odsCode: "RJZ" }))).toMatchObject({
      odsCode: "A GP practice's ODS code is a letter and 5 numbers, like A81001",
    });
    expect(await invalid(addOrganisation(admin, { ...base, odsCode: "QKK", kind: "ICB", parentIcbOdsCode: icb.odsCode }))).toMatchObject({
      parentIcbOdsCode: "An ICB has no parent ICB: leave this empty",
    });
    expect(await invalid(addOrganisation(admin, { ...base, odsCode: practiceCode(), postcode: "SE5" }))).toMatchObject({
      postcode: "Enter a real postcode, like SE5 8JA",
    });
  });

  it("stores the code upper-cased, the postcode tidied, the parent ICB, agreement and DSPT; audited with the organisation as subject", async () => {
    const code = practiceCode();
    const org = await addOrganisation(admin, {
      odsCode: ` ${code.toLowerCase()} `,
      name: "New Cross Surgery",
      kind: "GP_PRACTICE",
      postcode: "se14 6lw",
      parentIcbOdsCode: icb.odsCode.toLowerCase(),
      sharingAgreementSignedOn: { day: "1", month: "3", year: "2026" },
      dsptStatus: "STANDARDS_MET",
      dsptStatusOn: { day: "30", month: "6", year: "2025" },
    });
    const row = await db().organisation.findUniqueOrThrow({ where: { id: org.id } });
    expect(row).toMatchObject({ odsCode: code, postcode: "SE14 6LW", parentIcbId: icb.id, status: "ACTIVE", dsptStatus: "STANDARDS_MET" });
    expect(row.sharingAgreementSignedOn?.toISOString().slice(0, 10)).toBe("2026-03-01");
    const audit = await db().auditEvent.findFirst({ where: { action: "organisation.added", subjectId: org.id } });
    expect(audit).toMatchObject({ outcome: "SUCCESS", actorId: admin.actor!.userId });
  });

  it("a taken ODS code gets a message naming who has it; a parent that is not an ICB is refused", async () => {
    const held = await newOrganisation("GP_PRACTICE", "Holder Surgery", { odsCode: practiceCode() });
    expect(await invalid(addOrganisation(admin, { odsCode: held.odsCode, name: "Copy", kind: "GP_PRACTICE" }))).toEqual({
      odsCode: `Holder Surgery already has the ODS code ${held.odsCode}: each organisation has its own code`,
    });
    expect(await invalid(addOrganisation(admin, { odsCode: practiceCode(), name: "Child", kind: "GP_PRACTICE", parentIcbOdsCode: "QQ9" }))).toEqual({
      parentIcbOdsCode: "No integrated care board has the ODS code QQ9: add the ICB first",
    });
  });
});

describe("editing, suspending, reinstating", () => {
  it("every act is audited with the organisation as subject, and the audit search by subject finds them all", async () => {
    const org = await addOrganisation(admin, { odsCode: practiceCode(), name: "Lifecycle Surgery", kind: "GP_PRACTICE" });
    await updateOrganisation(admin, { id: org.id, odsCode: org.odsCode, name: "Lifecycle Medical Centre", kind: "GP_PRACTICE", postcode: "SE5 8JA" });
    await suspendOrganisation(admin, { id: org.id, reason: "DSPT standards not met" });
    expect(await resultCode(suspendOrganisation(admin, { id: org.id, reason: "again" }))).toBe("CONFLICT");
    await reinstateOrganisation(admin, { id: org.id });
    expect(await resultCode(reinstateOrganisation(admin, { id: org.id }))).toBe("CONFLICT");
    expect(await getOrganisation(admin, { id: org.id })).toMatchObject({ name: "Lifecycle Medical Centre", status: "ACTIVE", suspendedReason: null });

    const found = await searchAudit(admin, { subject: org.id });
    expect(found.rows.map((r) => r.action).reverse()).toEqual([
      "organisation.added",
      "organisation.updated",
      "organisation.suspended",
      "organisation.reinstated",
      "organisation.viewed",
    ]);
    expect(found.rows.find((r) => r.action === "organisation.suspended" && r.outcome === "SUCCESS")).toMatchObject({
      reason: "DSPT standards not met",
      subject: { id: org.id, name: `Lifecycle Medical Centre (${org.odsCode})` },
    });
    const updated = await db().auditEvent.findFirst({ where: { action: "organisation.updated", subjectId: org.id } });
    expect(updated!.detail).toMatchObject({ changed: ["name", "postcode"] });
  });

  it("the list searches by name or ODS code, 50 a page", async () => {
    const tag = randomBytes(3).toString("hex");
    for (let i = 0; i < 52; i++) await newOrganisation("CARE_HOME", `Paged Care Home ${tag} ${String(i).padStart(2, "0")}`);
    const first = await listOrganisations(admin, { query: `care home ${tag}` });
    expect(first.rows).toHaveLength(50);
    expect(first.hasNext).toBe(true);
    expect(first.rows[0].name).toBe(`Paged Care Home ${tag} 00`);
    const second = await listOrganisations(admin, { query: `care home ${tag}`, page: 2 });
    expect(second.rows.map((r) => r.name)).toEqual([`Paged Care Home ${tag} 50`, `Paged Care Home ${tag} 51`]);
    const byCode = await listOrganisations(admin, { query: icb.odsCode.toLowerCase() });
    expect(byCode.rows.map((r) => r.id)).toContain(icb.id);
  });

  it("only service administrators: other roles are refused (FORBIDDEN) and the refusal is audited", async () => {
    const org = await newOrganisation("GP_PRACTICE", "Target Surgery");
    for (const role of ["GP", "ORG_ADMIN", "PATIENT", "PARAMEDIC"] as const) {
      const caller = await newCaller(role, role === "PATIENT" ? null : org.id);
      expect(await resultCode(suspendOrganisation(caller, { id: org.id, reason: "attack" }))).toBe("FORBIDDEN");
      expect(await resultCode(listOrganisations(caller, { query: "" }))).toBe("FORBIDDEN");
      expect(await resultCode(addOrganisation(caller, { odsCode: practiceCode(), name: "Sneaky", kind: "GP_PRACTICE" }))).toBe("FORBIDDEN");
      const denied = await db().auditEvent.findFirst({ where: { actorId: caller.actor!.userId, action: "organisation.suspended" } });
      expect(denied).toMatchObject({ outcome: "DENIED", detail: expect.objectContaining({ policyAction: "organisation.manage" }) });
    }
    expect(await db().organisation.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({ status: "ACTIVE" });
  });
});
