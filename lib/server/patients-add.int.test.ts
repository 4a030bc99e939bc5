import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { londonDay } from "@/lib/domain/london-time";
import { uniqueNhsNumber } from "@/test/nhs-numbers";
import { AppError } from "./errors";
import { addPatient } from "./patients";
import { newCaller, newOrganisation } from "@/test/fixtures";
import { careOrganisationIds } from "./care-team";

const valid = (nhsNumber: string) => ({
  nhsNumber: `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`,
  givenName: "Ada",
  familyName: "Lovelace",
  dateOfBirth: { day: "10", month: "12", year: "1935" },
  sex: "FEMALE" as const,
  addressLine1: "12 Camberwell Grove",
  addressLine2: "",
  town: "London",
  postcode: "se58ja",
  phone: "",
  practiceOdsCode: practiceOds,
});

let practiceOds: string;
let practiceId: string;
beforeAll(async () => {
  const practice = await newOrganisation("GP_PRACTICE", "Added Patients Surgery");
  practiceOds = practice.odsCode;
  practiceId = practice.id;
});

describe("adding a patient", () => {
  it("adds a patient with normalised NHS number and postcode, and audits it", async () => {
    const gp = await newCaller("GP");
    const nhs = await uniqueNhsNumber();
    const { id } = await addPatient(gp, valid(nhs));
    const patient = await db().patient.findUniqueOrThrow({ where: { id } });
    expect(patient).toMatchObject({ nhsNumber: nhs, postcode: "SE5 8JA", addressLine2: null });
    expect(await db().auditEvent.count({ where: { action: "patient.added", patientId: id, outcome: "SUCCESS" } })).toBe(1);

    const again = await addPatient(gp, valid(nhs)).catch((e) => e);
    expect(again).toBeInstanceOf(AppError);
    expect(again.fieldErrors.nhsNumber).toMatch(/already on the system/);
  });

  it("refuses bad input field by field, and roles that do not author", async () => {
    const gp = await newCaller("NURSE");
    const bad = { ...valid("9434765918"), postcode: "NOT A CODE", dateOfBirth: { day: "31", month: "2", year: "1950" }, givenName: "a\u0000b" };
    const error = await addPatient(gp, bad).catch((e) => e);
    expect(error.code).toBe("INVALID");
    expect(Object.keys(error.fieldErrors)).toEqual(expect.arrayContaining(["nhsNumber", "postcode", "dateOfBirth", "givenName"]));
    const paramedic = await newCaller("PARAMEDIC");
    const refused = await addPatient(paramedic, valid(await uniqueNhsNumber())).catch((e) => e);
    expect(refused.code).toBe("FORBIDDEN");
  });

  it("gives the patient their registered practice, as the first member of their care team from today", async () => {
    const gp = await newCaller("GP", practiceId);
    const { id } = await addPatient(gp, valid(await uniqueNhsNumber()));
    const patient = await db().patient.findUniqueOrThrow({ where: { id }, include: { careTeam: true } });
    expect(patient.registeredPracticeId).toBe(practiceId);
    expect(patient.careTeam).toEqual([
      expect.objectContaining({ organisationId: practiceId, role: "REGISTERED_PRACTICE", until: null, endedAt: null, addedById: gp.actor!.userId }),
    ]);
    expect(patient.careTeam[0].since.toISOString().slice(0, 10)).toBe(londonDay());
    expect(await db().$transaction((tx) => careOrganisationIds(tx, id))).toEqual(new Set([practiceId]));
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "patient.added", patientId: id } });
    expect(audit.detail).toMatchObject({ registeredPractice: practiceOds });
  });

  it("requires a GP practice this service holds, with a message next to the field", async () => {
    const gp = await newCaller("GP", practiceId);
    const hospice = await newOrganisation("HOSPICE");
    for (const [code, message] of [
      ["", /ODS code of the person's GP practice/],
      ["not a code!", /ODS code of the person's GP practice/],
      ["ZZ9999", /No GP practice on this service has the ODS code ZZ9999/],
      [hospice.odsCode, /No GP practice/],
    ] as const) {
      const nhs = await uniqueNhsNumber();
      const error = await addPatient(gp, { ...valid(nhs), practiceOdsCode: code }).catch((e) => e);
      expect(error.code, code).toBe("INVALID");
      expect(error.fieldErrors.practiceOdsCode, code).toMatch(message);
      expect(await db().patient.count({ where: { nhsNumber: nhs } })).toBe(0);
    }
  });
});
