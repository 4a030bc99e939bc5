import { describe, expect, it } from "vitest";
import { choice, choices, date, isPhoneNumber, list, phone, text, LONG_TEXT } from "./fields";
import { problems } from "@/test/plan-forms";
import { medicinesOfNote, yesNo } from "./value-sets";

describe("text", () => {
  const optional = text({ label: "Preferred name" });
  const required = text({ label: "Diagnosis", required: "Enter the diagnosis", max: LONG_TEXT });

  it("trims, keeps what was typed (no HTML stripping) and saves blank as null", () => {
    expect(optional.strict.parse("  <b>Peggy</b> & co  ")).toBe("<b>Peggy</b> & co");
    expect(optional.strict.parse("   ")).toBeNull();
    expect(optional.toForm(null)).toBe("");
  });

  it("asks for required text", () => {
    expect(problems(required.strict, " ")).toEqual([": Enter the diagnosis"]);
  });

  it("refuses text over the limit, counting after trimming", () => {
    expect(problems(optional.strict, "a".repeat(201))).toEqual([": Preferred name must be 200 characters or fewer"]);
    expect(optional.strict.parse(` ${"a".repeat(200)} `)).toHaveLength(200);
    expect(problems(required.strict, "a".repeat(2001))).toEqual([": Diagnosis must be 2000 characters or fewer"]);
    expect(problems(optional.draft, "a".repeat(201))).toHaveLength(1);
  });

  it("checks a pattern only when something is typed", () => {
    const snomed = text({ label: "SNOMED CT code", pattern: { regex: /^\d{6,18}$/, message: "SNOMED CT code must be 6 to 18 digits" } });
    expect(snomed.strict.parse("")).toBeNull();
    expect(snomed.strict.parse("84114007")).toBe("84114007");
    expect(problems(snomed.strict, "12345")).toEqual([": SNOMED CT code must be 6 to 18 digits"]);
  });
});

describe("phone", () => {
  const field = phone({ label: "Phone number" });

  it.each(["01632 960 001", "07700900982", "+44 808 157 0192", "(020) 7946 0000", "999 1234"])("accepts %s", (value) => {
    expect(field.strict.parse(value)).toBe(value);
  });

  it.each(["123456", "0161-496-0000", "call me", "+44 +7700 900 982", "1".repeat(21), "07700 900 982 ext 4"])("refuses %s", (value) => {
    expect(field.strict.safeParse(value).success).toBe(false);
  });

  it("explains the format", () => {
    expect(problems(field.strict, "not a number")).toEqual([": Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192"]);
  });

  it("isPhoneNumber counts digits, not characters", () => {
    expect(isPhoneNumber("1 2 3 4 5 6 7")).toBe(true);
    expect(isPhoneNumber("1 2 3 4 5 6")).toBe(false);
  });
});

describe("choice", () => {
  const optional = choice(yesNo, { label: "Needs an interpreter" });
  const required = choice(yesNo, { label: "ADRT", required: "Select whether the person has an ADRT" });

  it("saves '' as null, or asks when required", () => {
    expect(optional.strict.parse("")).toBeNull();
    expect(optional.strict.parse("yes")).toBe("yes");
    expect(problems(required.strict, "")).toEqual([": Select whether the person has an ADRT"]);
  });

  it("takes an unanswered radio group (null in the browser after a keyboard user tabs through it) as not answered", () => {
    expect(optional.strict.parse(null)).toBeNull();
    expect(optional.draft.parse(null)).toBe("");
    expect(problems(required.strict, null)).toEqual([": Select whether the person has an ADRT"]);
  });

  it("refuses values outside the value set, in drafts too", () => {
    expect(optional.strict.safeParse("maybe").success).toBe(false);
    expect(optional.draft.safeParse("maybe").success).toBe(false);
    expect(optional.strict.safeParse(1).success).toBe(false);
  });

  it("displays the label", () => {
    expect(optional.display("yes")).toBe("Yes");
    expect(optional.display(null)).toBeNull();
  });
});

describe("choices", () => {
  const field = choices(medicinesOfNote, { label: "Medicines of note" });
  it("saves without repeats, in the value set's order", () => {
    expect(field.strict.parse(["steroids", "insulin", "steroids"])).toEqual(["insulin", "steroids"]);
    expect(field.strict.safeParse(["aspirin"]).success).toBe(false);
    expect(field.display(["insulin", "opioids"])).toBe("Insulin, Opioids (strong painkillers)");
  });
});

describe("date", () => {
  const optional = date({ label: "Review date", name: "review date" });

  it("saves blank boxes as null and a real date as ISO", () => {
    expect(optional.strict.parse({ day: "", month: " ", year: "" })).toBeNull();
    expect(optional.strict.parse({ day: "3", month: "4", year: "2030" })).toBe("2030-04-03");
    expect(optional.toForm("2030-04-03")).toEqual({ day: "3", month: "4", year: "2030" });
    expect(optional.display("2030-04-03")).toBe("3 April 2030");
  });

  it("refuses impossible and incomplete dates with NHS messages", () => {
    expect(problems(optional.strict, { day: "31", month: "2", year: "2025" })).toEqual([": Review date must be a real date"]);
    expect(problems(optional.strict, { day: "1", month: "", year: "2025" })).toEqual([": Review date must include a month"]);
  });

  it("keeps half-typed boxes in a draft but limits their length", () => {
    expect(optional.draft.parse({ day: "31", month: "2" })).toEqual({ day: "31", month: "2", year: "" });
    expect(optional.draft.safeParse({ day: "123456", month: "", year: "" }).success).toBe(false);
  });
});

describe("list", () => {
  const field = list({
    label: "People",
    itemLabel: "Person",
    noun: "people",
    max: 2,
    min: 1,
    minMessage: "Add a person",
    item: { name: text({ label: "Name", required: "Enter the name" }) },
  });

  it("limits the number of items and asks for the minimum", () => {
    expect(problems(field.strict, [])).toEqual([": Add a person"]);
    expect(problems(field.strict, [{ name: "A" }, { name: "B" }, { name: "C" }])).toEqual([": You can add up to 2 people"]);
    expect(problems(field.strict, [{ name: "" }])).toEqual(["0.name: Enter the name"]);
    expect(field.draft.parse([])).toEqual([]);
    expect(field.draft.parse([{}])).toEqual([{ name: "" }]);
  });
});
