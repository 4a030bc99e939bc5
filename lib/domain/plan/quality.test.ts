import { addMonths, format } from "date-fns";
import { describe, expect, it } from "vitest";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import { dataQualityWarnings } from "./quality";
import type { PlanContent } from "./schema";

const today = new Date(2026, 0, 15);
const plan = (index: number): PlanContent => structuredClone(demoPlanContent(today)[index]);
const messages = (content: PlanContent) => dataQualityWarnings(content, today).map((w) => `${w.section}: ${w.message}`);

describe("dataQualityWarnings", () => {
  it("has nothing to say about a well-completed plan", () => {
    expect(messages(plan(1))).toEqual([]);
  });

  it("warns when CPR is not recommended and nobody was told", () => {
    const content = plan(1);
    content.cpr = { ...content.cpr, discussedWithPatient: "no", familyInformed: "no" };
    expect(messages(content)).toEqual(["cpr: CPR attempts are not recommended but there is no record that this was discussed with the person or their family"]);
    content.cpr.familyInformed = "yes";
    expect(messages(content)).toEqual([]);
  });

  it("warns when the person wants to die at home without anticipatory medicines", () => {
    const content = plan(1);
    content.medicines = { ...content.medicines, anticipatoryIssued: "not-known", anticipatoryMedicines: null, anticipatoryLocation: null };
    expect(messages(content)).toEqual(["medicines: The person would prefer to die at home but no anticipatory medicines are recorded as issued"]);
  });

  it("warns when the review is more than 12 months away", () => {
    const content = plan(1);
    content.planDetails.reviewDate = format(addMonths(today, 12), "yyyy-MM-dd");
    expect(messages(content)).toEqual([]);
    content.planDetails.reviewDate = "2027-01-16";
    expect(messages(content)).toEqual(["planDetails: The review date is more than 12 months away: plans should be reviewed at least once a year"]);
  });

  it("warns about people and professionals without a phone number", () => {
    const content = plan(0); // the care home in-reach team has no number
    expect(messages(content)).toEqual(["contacts: There is no phone number for Care home in-reach team"]);
    content.contacts.people[0].phone = null;
    expect(messages(content)).toHaveLength(2);
  });

  it("warns about a lasting power of attorney with no attorney's phone number", () => {
    const content = plan(4);
    const lpaWarning = "capacityAndLegal: There is a lasting power of attorney but no phone number for an attorney";
    expect(messages(content)).not.toContain(lpaWarning); // one of the two attorneys has a number
    content.capacityAndLegal.attorneys = content.capacityAndLegal.attorneys.map((a) => ({ ...a, phone: null }));
    expect(messages(content)).toContain(lpaWarning);
  });

  it("warns about an ADRT with no location (older versions)", () => {
    const content = plan(4);
    content.capacityAndLegal.adrtLocation = null;
    expect(messages(content)).toContain("capacityAndLegal: There is an advance decision to refuse treatment but not where it is kept");
  });
});
