import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uniqueNhsNumber } from "@/test/nhs-numbers";
import { AppError } from "./errors";
import { addPatient } from "./patients";
import { newCaller } from "@/test/fixtures";

const valid = (nhsNumber: string) => ({
  nhsNumber: `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`,
  givenName: "Ada",
  familyName: "Lovelace",
  dateOfBirth: { day: "10", month: "12", year: "1935" },
  sex: "FEMALE",
  addressLine1: "12 Camberwell Grove",
  addressLine2: "",
  town: "London",
  postcode: "se58ja",
  phone: "",
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
});
