import { describe, expect, it } from "vitest";
import { dateInput, isoFromParts } from "./date-input";
import { ageOn, formatDate } from "./london-time";

const dob = dateInput({ label: "date of birth", mustBePast: true });
const review = dateInput({ label: "review date", mustBeFuture: true });

function messages(schema: ReturnType<typeof dateInput>, parts: { day: string; month: string; year: string }): string[] {
  const result = schema.safeParse(parts);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

const nextYear = String(new Date().getFullYear() + 1);

describe("dateInput", () => {
  it("turns valid boxes into an ISO date", () => {
    expect(dob.parse({ day: "14", month: "3", year: "1941" })).toBe("1941-03-14");
    expect(dob.parse({ day: " 1 ", month: "01", year: "2000" })).toBe("2000-01-01");
  });

  it("rejects 31/02/2025 as not a real date", () => {
    expect(messages(dob, { day: "31", month: "02", year: "2025" })).toEqual(["Date of birth must be a real date"]);
  });

  it.each([
    ["13", "13", "2000"],
    ["0", "1", "2000"],
    ["1", "1", "99"],
    ["a", "1", "2000"],
    ["1", "1", "20000"],
  ])("rejects %s/%s/%s", (day, month, year) => {
    expect(dob.safeParse({ day, month, year }).success).toBe(false);
  });

  it("accepts 29/02/2024 (leap year) and rejects 29/02/2023", () => {
    expect(dob.parse({ day: "29", month: "2", year: "2024" })).toBe("2024-02-29");
    expect(messages(dob, { day: "29", month: "2", year: "2023" })).toEqual(["Date of birth must be a real date"]);
  });

  it("says which parts are missing", () => {
    expect(messages(dob, { day: "", month: "3", year: "1941" })).toEqual(["Date of birth must include a day"]);
    expect(messages(dob, { day: "14", month: " ", year: "" })).toEqual(["Date of birth must include a month and year"]);
  });

  it("asks for the date when all boxes are empty", () => {
    expect(messages(dob, { day: "", month: "", year: "" })).toEqual(["Enter the date of birth"]);
  });

  it("rejects a future date of birth when it must be in the past", () => {
    expect(messages(dob, { day: "1", month: "1", year: nextYear })).toEqual(["Date of birth must be today or in the past"]);
    // The same date is fine when there is no such rule.
    expect(dateInput({ label: "date" }).parse({ day: "1", month: "1", year: nextYear })).toBe(`${nextYear}-01-01`);
  });

  it("accepts today as a date of birth", () => {
    const now = new Date();
    const parts = { day: String(now.getDate()), month: String(now.getMonth() + 1), year: String(now.getFullYear()) };
    expect(dob.safeParse(parts).success).toBe(true);
  });

  it("requires a future date when it must be in the future", () => {
    expect(messages(review, { day: "1", month: "1", year: "2020" })).toEqual(["Review date must be in the future"]);
    expect(review.parse({ day: "1", month: "1", year: nextYear })).toBe(`${nextYear}-01-01`);
  });

  it("refuses dates before the earliest year", () => {
    expect(messages(dob, { day: "1", month: "1", year: "1899" })).toEqual(["Date of birth must be after 1900"]);
    expect(messages(dateInput({ label: "date", earliestYear: 2000 }), { day: "1", month: "1", year: "1999" })).toEqual(["Date must be after 2000"]);
  });
});

describe("date helpers", () => {
  it("isoFromParts returns null for impossible dates", () => {
    expect(isoFromParts({ day: "31", month: "4", year: "2025" })).toBeNull();
    expect(isoFromParts({ day: "30", month: "4", year: "2025" })).toBe("2025-04-30");
  });

  it("formats in the NHS style and computes age", () => {
    expect(formatDate("2026-11-21")).toBe("21 November 2026");
    expect(ageOn("1941-03-14", new Date("2025-03-13T12:00:00"))).toBe(83);
    expect(ageOn("1941-03-14", new Date("2025-03-14T12:00:00"))).toBe(84);
  });
});
