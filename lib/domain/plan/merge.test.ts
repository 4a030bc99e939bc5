import { describe, expect, it } from "vitest";
import { mergeFormValues } from "./merge";
import { emptyFormValues } from "./schema";

const date = (day: string, month: string, year: string) => ({ day, month, year });

describe("mergeFormValues", () => {
  it("keeps changes each person made to different answers", () => {
    const base = { aboutMe: { whatMattersMost: "Family", preferredName: "" }, cpr: { reasons: "" } };
    const theirs = { aboutMe: { whatMattersMost: "Family and garden", preferredName: "" }, cpr: { reasons: "" } };
    const mine = { aboutMe: { whatMattersMost: "Family", preferredName: "Maggie" }, cpr: { reasons: "Frailty" } };
    expect(mergeFormValues(base, theirs, mine)).toEqual({
      merged: { aboutMe: { whatMattersMost: "Family and garden", preferredName: "Maggie" }, cpr: { reasons: "Frailty" } },
      bothChanged: [],
    });
  });

  it("takes mine where both changed an answer differently, and lists it", () => {
    const result = mergeFormValues({ a: { b: "x" } }, { a: { b: "theirs" } }, { a: { b: "mine" } });
    expect(result).toEqual({ merged: { a: { b: "mine" } }, bothChanged: ["a.b"] });
  });

  it("does not list an answer both changed the same way", () => {
    expect(mergeFormValues({ a: "x" }, { a: "y" }, { a: "y" })).toEqual({ merged: { a: "y" }, bothChanged: [] });
  });

  it("merges a date as one answer, never day from one side and month from the other", () => {
    const base = { d: date("1", "1", "2025") };
    const theirs = { d: date("2", "1", "2025") };
    const mine = { d: date("1", "2", "2025") };
    expect(mergeFormValues(base, theirs, mine)).toEqual({ merged: { d: date("1", "2", "2025") }, bothChanged: ["d"] });
  });

  it("merges a list as one answer", () => {
    const base = { people: [{ name: "A" }] };
    const theirs = { people: [{ name: "A" }, { name: "B" }] };
    expect(mergeFormValues(base, theirs, base)).toEqual({ merged: theirs, bothChanged: [] });
    const mine = { people: [{ name: "C" }] };
    expect(mergeFormValues(base, theirs, mine)).toEqual({ merged: mine, bothChanged: ["people"] });
  });

  it("returns the plan unchanged when nobody changed anything, and keeps answers only one side has", () => {
    const plan = emptyFormValues();
    expect(mergeFormValues(plan, plan, plan)).toEqual({ merged: plan, bothChanged: [] });
    expect(mergeFormValues<Record<string, string>>({}, { a: "1" }, { b: "2" }).merged).toEqual({ a: "1", b: "2" });
  });
});
