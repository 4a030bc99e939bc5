import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnyField, Fields } from "./fields";
import { draftSchema, planContentSchema, sectionKeys, sections, toFormValues, type SectionKey } from "./schema";
import { checkConditions, isShown } from "./shown-when";
import { planContentArb } from "@/test/plan-arbitraries";
import { isAsked } from "./visibility";

type Form = Record<SectionKey, Record<string, unknown>>;
const fieldsOf = (key: SectionKey) => sections[key].fields as Fields;
const conditional = sectionKeys.flatMap((section) =>
  Object.entries(fieldsOf(section))
    .filter(([, field]) => field.shownWhen)
    .map(([name, field]) => ({ section, name, field })),
);

/** A form value that answers the question: plausible, or one the publish rules would refuse. */
function answer(field: AnyField, bad: boolean): unknown {
  switch (field.kind) {
    case "text":
      return bad ? "x".repeat(10_000) : "Hidden answer";
    case "phone":
      return bad ? "not a phone" : "01632 960 001";
    case "choice":
      return field.options![0].code;
    case "choices":
      return [field.options![0].code];
    case "date":
      return bad ? { day: "31", month: "2", year: "2025" } : { day: "1", month: "1", year: "2020" };
    case "group":
      return Object.fromEntries(Object.entries(field.children!).map(([k, f]) => [k, answer(f, bad)]));
    case "list":
      return [Object.fromEntries(Object.entries(field.item!).map(([k, f]) => [k, answer(f, bad)]))];
  }
}

/** What publishing stores for a question that was not answered (null, [], a group of nulls). */
const unanswered = (field: AnyField) => field.strict.parse(field.empty());

describe("conditional questions, declared once with shownWhen", () => {
  it("are declared in the sections that have them, and every declaration is one the rules can honour", () => {
    expect(new Set(conditional.map((c) => c.section))).toEqual(new Set(["cpr", "capacityAndLegal", "preferences", "medicines"]));
    for (const key of sectionKeys) expect(() => checkConditions(key, fieldsOf(key))).not.toThrow();
    const bad = { decision: sections.cpr.fields.decision, reasons: { ...sections.cpr.fields.reasons, shownWhen: { field: "nope", equals: "x" } } };
    expect(() => checkConditions("cpr", bad as unknown as Fields)).toThrow(/unconditional choice/);
  });

  it("for every section: answers to hidden questions never reach a published version, and never stop one", () => {
    fc.assert(
      fc.property(planContentArb, fc.boolean(), (content, bad) => {
        const form = toFormValues(content) as unknown as Form;
        const hidden = conditional.filter(({ section, name }) => !isAsked(section, name, form[section]));
        for (const { section, name, field } of hidden) form[section][name] = answer(field, bad);
        const published = planContentSchema.safeParse(form);
        expect(published.success, JSON.stringify(published.error?.issues)).toBe(true);
        const draft = draftSchema.parse(form) as unknown as Form;
        for (const { section, name, field } of hidden) {
          expect((published.data as unknown as Form)[section][name]).toEqual(unanswered(field));
          expect(draft[section][name]).toEqual(field.empty());
        }
      }),
      { numRuns: 150 },
    );
  });

  it("the form's visibility and the server's clearing read the same declaration", () => {
    fc.assert(
      fc.property(planContentArb, (content) => {
        const form = toFormValues(content) as unknown as Form;
        for (const { section, name, field } of conditional) {
          expect(isAsked(section, name, form[section])).toBe(isShown(field.shownWhen, form[section]));
          form[section][name] = answer(field, false);
        }
        const draft = draftSchema.parse(form) as unknown as Form;
        for (const { section, name, field } of conditional) {
          const kept = JSON.stringify(draft[section][name]) !== JSON.stringify(field.empty());
          expect(kept).toBe(isAsked(section, name, form[section]));
        }
      }),
      { numRuns: 100 },
    );
  });

  const required = conditional.flatMap(({ section, name, field }) => [
    ...(field.requiredWhenShown ? [{ section, name, field, path: [name], message: field.requiredWhenShown }] : []),
    ...Object.entries(field.children ?? {})
      .filter(([, child]) => child.requiredWhenShown)
      .map(([childName, child]) => ({ section, name, field, path: [name, childName], message: child.requiredWhenShown! })),
  ]);

  it("required only if shown: blank and shown is refused at that question; blank and hidden is not", () => {
    expect(required.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(planContentArb, fc.constantFrom(...required), fc.nat(), (content, target, pick) => {
        const form = toFormValues(content) as unknown as Form;
        const { section, name, field, path, message } = target;
        const condition = field.shownWhen!;
        const controller = fieldsOf(section)[condition.field];
        const reveal = typeof condition.equals === "string" ? [condition.equals] : [...condition.equals];
        const hide = ["", ...controller.options!.map((o) => o.code)].filter((c) => !reveal.includes(c));
        const blankAt = (values: Record<string, unknown>) => {
          if (path.length === 1) values[name] = field.empty();
          else values[name] = { ...(values[name] as object), [path[1]]: "" };
        };
        const issuesAt = (result: ReturnType<typeof planContentSchema.safeParse>) =>
          (result.error?.issues ?? []).filter((i) => i.path.join(".") === [section, ...path].join("."));

        form[section][condition.field] = reveal[pick % reveal.length];
        blankAt(form[section]);
        expect(issuesAt(planContentSchema.safeParse(form)).map((i) => i.message)).toEqual([message]);

        form[section][condition.field] = hide[pick % hide.length];
        expect(issuesAt(planContentSchema.safeParse(form))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
