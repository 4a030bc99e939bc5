import { describe, expect, it } from "vitest";
import { toRelatedPersons } from "./related-person";
import { FULL, SUMMARY, demoVersion, testPatient, validationErrors } from "@/test/fhir-resources";

const patient = testPatient();

describe("toRelatedPersons", () => {
  it("maps contacts with v3 RoleCode relationships and phone numbers", () => {
    const people = toRelatedPersons(demoVersion("metastatic-cancer"), patient, FULL);
    for (const p of people) expect(validationErrors(p)).toEqual([]);
    expect(people.map((p) => p.name?.[0].text)).toEqual(["Meena Patel", "Anil Patel"]);
    expect(people[0].relationship).toEqual([{ text: "Main carer" }, { text: "Wife" }]);
    expect(people[1].relationship?.[0].coding?.[0]).toMatchObject({ system: "http://terminology.hl7.org/CodeSystem/v3-RoleCode", code: "NOK" });
    expect(people[1].telecom).toEqual([{ system: "phone", value: "07700 900 457" }]);
    expect(people[0].patient).toEqual({ reference: `Patient/${patient.id}` });
  });

  it("maps LPA attorneys as healthcare power of attorney, for call handlers too", () => {
    const people = toRelatedPersons(demoVersion("motor-neurone-disease"), patient, SUMMARY);
    const attorneys = people.filter((p) => p.id?.includes("-attorney-"));
    expect(attorneys.length).toBeGreaterThan(0);
    for (const a of attorneys) {
      expect(validationErrors(a)).toEqual([]);
      expect(a.relationship?.[0].coding?.[0].code).toBe("HPOWATT");
    }
  });
});
