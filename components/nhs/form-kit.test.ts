import { describe, expect, it } from "vitest";
import { toggleChoice } from "./choices";
import { describedBy } from "./FormGroup";
import { countMessage } from "./Textarea";
import { formErrors } from "./useActionForm";

describe("toggleChoice", () => {
  const none = ["none"];
  it("an exclusive option clears the others, and any other option clears it", () => {
    expect(toggleChoice(["a", "b"], "none", true, none)).toEqual(["none"]);
    expect(toggleChoice(["none"], "a", true, none)).toEqual(["a"]);
    expect(toggleChoice(["a"], "b", true, none)).toEqual(["a", "b"]);
    expect(toggleChoice(["a", "b"], "a", false, none)).toEqual(["b"]);
  });
});

describe("countMessage", () => {
  it("says how many are left, or by how much the text is over the limit", () => {
    expect(countMessage(0, 10)).toBe("You have 10 characters remaining");
    expect(countMessage(9, 10)).toBe("You have 1 character remaining");
    expect(countMessage(11, 10)).toBe("You have 1 character too many");
    expect(countMessage(15, 10)).toBe("You have 5 characters too many");
  });
});

describe("describedBy", () => {
  it("joins the ids that exist, or gives none", () => {
    expect(describedBy("a-hint", undefined, "a-error")).toBe("a-hint a-error");
    expect(describedBy(false, null)).toBeUndefined();
  });
});

describe("formErrors", () => {
  const fields = { dateOfDeath: "dateOfDeath-day", placeOfDeath: "placeOfDeath-home" };
  it("puts each message on its field, and lists them in the form's order", () => {
    const { errors, summary } = formErrors({ placeOfDeath: "Select a place", "dateOfDeath.day": "Enter a day" }, fields);
    expect(errors).toEqual({ dateOfDeath: "Enter a day", placeOfDeath: "Select a place" });
    expect(summary).toEqual([
      { href: "#dateOfDeath-day", text: "Enter a day" },
      { href: "#placeOfDeath-home", text: "Select a place" },
    ]);
  });
  it("links a message about no field to the first field, and uses the fallback when there is nothing else", () => {
    expect(formErrors({ _: "Try again" }, fields).summary).toEqual([{ href: "#dateOfDeath-day", text: "Try again" }]);
    const fallback = "The plan has been cancelled";
    expect(formErrors({}, fields, { fallback }).summary).toEqual([{ href: "#dateOfDeath-day", text: fallback }]);
    expect(formErrors({}, fields).summary).toEqual([]);
  });
  it("links messages about answers elsewhere where `elsewhere` says", () => {
    const elsewhere = (messages: [string, string][]) => messages.map(([key, text]) => ({ href: `/plan/${key}`, text }));
    const { summary } = formErrors({ "cpr.reasons": "Enter the reasons" }, fields, { elsewhere });
    expect(summary).toEqual([{ href: "/plan/cpr.reasons", text: "Enter the reasons" }]);
  });
});
