import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { nhsNumberMessages } from "@/lib/domain/nhs-number";
import type { Role } from "@/lib/domain/roles";
import { uniqueNhsNumber } from "@/test/nhs-numbers";
import type { Actor, Caller } from "./actor";
import { errorStatus } from "./error-mapping";
import { AppError } from "./errors";
import { getPatient, searchPatients } from "./patients";
import { listUsers } from "./users";

const letters = (n: number) => [...randomBytes(n)].map((b) => String.fromCharCode(97 + (b % 26))).join("");

async function createPatient(fields: { familyName?: string; dateOfBirth?: string } = {}) {
  return db().patient.create({
    data: {
      nhsNumber: await uniqueNhsNumber(),
      givenName: "Test",
      familyName: fields.familyName ?? `Testperson-${letters(8)}`,
      dateOfBirth: new Date(fields.dateOfBirth ?? "1950-06-15"),
      sex: "FEMALE",
      addressLine1: "1 Test Street",
      town: "London",
      postcode: "SE5 8JA",
    },
  });
}

function caller(role: Role, patientId: string | null = null): Caller {
  const actor: Actor = {
    userId: randomUUID(),
    role,
    name: `Test ${role}`,
    email: `${role.toLowerCase()}-${letters(6)}@use-case.test`,
    organisationId: null,
    organisationName: null,
    patientId,
  };
  return { actor, ip: "127.0.0.1", userAgent: "vitest" };
}

const auditRows = (c: Caller) => db().auditEvent.findMany({ where: { actorId: c.actor!.userId }, orderBy: { id: "asc" } });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("use cases: authentication, validation, policy and audit", () => {
  it("refuses a caller with no actor", async () => {
    const error = await refusal(searchPatients({ actor: null }, { by: "nhs-number", nhsNumber: "9434765919" }));
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(errorStatus[error.code]).toBe(401);
  });

  it("refuses a patient searching, and audits the refusal", async () => {
    const c = caller("PATIENT", (await createPatient()).id);
    expect((await refusal(searchPatients(c, { by: "nhs-number", nhsNumber: "9434765919" }))).code).toBe("FORBIDDEN");
    const rows = await auditRows(c);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "patient.search", outcome: "DENIED", actorRole: "PATIENT" });
    expect(rows[0].detail).toMatchObject({ policyAction: "patient.search" });
  });

  it("rejects an invalid NHS number with a field error, and does no search", async () => {
    const c = caller("GP");
    const error = await refusal(searchPatients(c, { by: "nhs-number", nhsNumber: "943 476 5918" }));
    expect(error.code).toBe("INVALID");
    expect(error.fieldErrors.nhsNumber).toBe(nhsNumberMessages["check-digit"]);
    expect(await auditRows(c)).toHaveLength(0);
  });

  it("finds a patient by NHS number and audits exactly one search", async () => {
    const patient = await createPatient();
    const c = caller("GP");
    const before = await db().auditEvent.count({ where: { action: "patient.search", outcome: "SUCCESS" } });
    const spaced = `${patient.nhsNumber.slice(0, 3)} ${patient.nhsNumber.slice(3, 6)} ${patient.nhsNumber.slice(6)}`;
    const found = await searchPatients(c, { by: "nhs-number", nhsNumber: spaced });
    expect(found.map((p) => p.id)).toEqual([patient.id]);
    expect(await db().auditEvent.count({ where: { action: "patient.search", outcome: "SUCCESS" } })).toBe(before + 1);

    const rows = await auditRows(c);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "patient.search", outcome: "SUCCESS", actorRole: "GP", patientId: patient.id, ip: "127.0.0.1" });
    expect(rows[0].detail).toEqual({ by: "nhs-number", nhsNumber: patient.nhsNumber, resultCount: 1 });
  });

  it("finds patients by family name (any case) and date of birth", async () => {
    const familyName = `Searchable-${letters(10)}`;
    const match = await createPatient({ familyName, dateOfBirth: "1938-11-02" });
    await createPatient({ familyName, dateOfBirth: "1938-11-03" });
    await createPatient({ dateOfBirth: "1938-11-02" });
    const c = caller("PARAMEDIC");
    const found = await searchPatients(c, { by: "name", familyName: familyName.toUpperCase(), dateOfBirth: { day: "2", month: "11", year: "1938" } });
    expect(found.map((p) => p.id)).toEqual([match.id]);
    const [row] = await auditRows(c);
    expect(row.detail).toMatchObject({ by: "name", dateOfBirth: "1938-11-02", resultCount: 1 });
  });

  it("reports no results for an unknown NHS number, and still audits the search", async () => {
    const c = caller("CALL_HANDLER_111");
    expect(await searchPatients(c, { by: "nhs-number", nhsNumber: await uniqueNhsNumber() })).toEqual([]);
    const rows = await auditRows(c);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: "SUCCESS", patientId: null });
    expect(rows[0].detail).toMatchObject({ resultCount: 0 });
  });
});

describe("getPatient: a patient sees only their own record", () => {
  it("lets a patient open their own record", async () => {
    const own = await createPatient();
    const c = caller("PATIENT", own.id);
    const result = await getPatient(c, { patientId: own.id });
    expect(result.id).toBe(own.id);
    expect((await auditRows(c)).map((r) => [r.action, r.outcome, r.patientId])).toEqual([["patient.view", "SUCCESS", own.id]]);
  });

  it("answers 'not found' for another patient, exactly as for a record that does not exist", async () => {
    const [own, other] = [await createPatient(), await createPatient()];
    const c = caller("PATIENT", own.id);
    const forOther = await refusal(getPatient(c, { patientId: other.id }));
    const forNobody = await refusal(getPatient(c, { patientId: randomUUID() }));
    expect(forOther.code).toBe("NOT_FOUND");
    expect([forOther.code, forOther.message]).toEqual([forNobody.code, forNobody.message]);
    const forNobodyAsGp = await refusal(getPatient(caller("GP"), { patientId: randomUUID() }));
    expect([forOther.code, forOther.message]).toEqual([forNobodyAsGp.code, forNobodyAsGp.message]);

    const rows = await auditRows(c);
    expect(rows.map((r) => r.outcome)).toEqual(["DENIED", "DENIED"]);
    expect(rows[0].detail).toMatchObject({ policyAction: "patient.view", code: "NOT_FOUND" });
  });

  it("refuses a patient account with no patient record", async () => {
    const p = await createPatient();
    expect((await refusal(getPatient(caller("PATIENT", null), { patientId: p.id }))).code).toBe("FORBIDDEN");
  });

  it("lets an emergency role open any record but refuses an administrator", async () => {
    const p = await createPatient();
    expect((await getPatient(caller("OOH_GP"), { patientId: p.id })).nhsNumber).toBe(p.nhsNumber);
    const admin = caller("ADMIN");
    expect((await refusal(getPatient(admin, { patientId: p.id }))).code).toBe("FORBIDDEN");
    expect((await auditRows(admin)).map((r) => r.outcome)).toEqual(["DENIED"]);
  });

  it("rejects a patient id that is not a uuid", async () => {
    const error = await refusal(getPatient(caller("GP"), { patientId: "1 OR 1=1" }));
    expect(error.code).toBe("INVALID");
    expect(Object.keys(error.fieldErrors)).toEqual(["patientId"]);
  });
});

describe("listUsers", () => {
  it("works for an administrator", async () => {
    const email = `listed-${letters(8)}@use-case.test`;
    await db().user.create({ data: { email, name: "Listed User", role: "NURSE" } });
    const users = (await listUsers(caller("ADMIN"), { q: email })).rows;
    expect(users.map((u) => u.email)).toContain(email);
    expect(users[0]).not.toHaveProperty("passwordHash");
  });

  it("is forbidden to a GP", async () => {
    const c = caller("GP");
    expect((await refusal(listUsers(c, {}))).code).toBe("FORBIDDEN");
    expect((await auditRows(c)).map((r) => [r.action, r.outcome])).toEqual([["admin.users.list", "DENIED"]]);
  });
});
