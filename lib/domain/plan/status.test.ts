import { describe, expect, it } from "vitest";
import { emptyFormValues, sectionKeys } from "./schema";
import { sectionStatus } from "./status";
import { validForm } from "@/test/plan-forms";

describe("sectionStatus", () => {
  it("says every section is not started on an empty form", () => {
    const statuses = sectionStatus(emptyFormValues());
    expect(sectionKeys.every((k) => statuses[k] === "not started")).toBe(true);
  });

  it("tells partial sections from completed ones", () => {
    const form = emptyFormValues();
    form.aboutMe.preferredName = "Peggy";
    form.cpr.decision = "not-recommended";
    form.planDetails = validForm().planDetails;
    form.contacts.people = [{ name: "", relationship: "", role: "", phone: "", notes: "" }]; // a blank "add another" row
    const statuses = sectionStatus(form);
    expect(statuses.aboutMe).toBe("in progress"); // what matters most is still missing
    expect(statuses.cpr).toBe("in progress");
    expect(statuses.planDetails).toBe("completed");
    expect(statuses.contacts).toBe("not started");
    expect(statuses.medicines).toBe("not started");
  });

  it("treats a half-typed date as started", () => {
    const form = emptyFormValues();
    form.planDetails.reviewDate = { day: "3", month: "", year: "" };
    expect(sectionStatus(form).planDetails).toBe("in progress");
  });

  it("says every section of a valid plan is completed, except empty optional ones", () => {
    const statuses = sectionStatus(validForm(2)); // heart failure: no crisis guidance
    expect(statuses.crisisGuidance).toBe("not started");
    for (const key of sectionKeys.filter((k) => k !== "crisisGuidance")) expect([key, statuses[key]]).toEqual([key, "completed"]);
  });

  it("copes with missing sections", () => {
    expect(sectionStatus({} as never).cpr).toBe("not started");
  });
});
