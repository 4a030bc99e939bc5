import { describe, expect, it } from "vitest";
import { toFhirConsent } from "./consent";
import { testConsents, testPatient, validationErrors } from "@/test/fhir-resources";

describe("toFhirConsent", () => {
  const patient = testPatient();
  const [withdrawn, current] = testConsents.map((c) => toFhirConsent(c, patient));

  it("validates, with privacy scope, LOINC category and a policy rule", () => {
    for (const c of [withdrawn, current]) expect(validationErrors(c)).toEqual([]);
    expect(current.scope.coding?.[0].code).toBe("patient-privacy");
    expect(current.category[0].coding?.[0]).toMatchObject({ system: "http://loinc.org", code: "59284-0" });
    expect(current.policyRule).toEqual({ text: "Best interests" });
    expect(withdrawn.policyRule?.coding?.[0].code).toBe("OPTIN");
  });

  it("is active until withdrawn, then inactive with the provision period closed", () => {
    expect(current.status).toBe("active");
    expect(current.provision?.period).toEqual({ start: "2024-09-02T09:00:00.000Z" });
    expect(withdrawn.status).toBe("inactive");
    expect(withdrawn.provision?.period?.end).toBe("2024-09-01T09:00:00.000Z");
  });
});
