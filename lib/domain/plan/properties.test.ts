import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffPlans } from "./diff";
import { draftSchema, planContentSchema, sectionKeys, toFormValues, type PlanContent } from "./schema";
import { planContentArb } from "@/test/plan-arbitraries";

const schemas = { planContentSchema, draftSchema };

/** Every path to a value inside a JSON-like object, e.g. ["cpr", "madeBy", "name"]. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (typeof value === "object" && value !== null) {
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  }
  return [prefix];
}

function replaceAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = replacement;
  return copy;
}

describe("valid plans (property)", () => {
  it("round-trip through the form: parse(toFormValues(content)) equals content", () => {
    fc.assert(
      fc.property(planContentArb, (content) => {
        expect(planContentSchema.parse(toFormValues(content))).toStrictEqual(content);
      }),
      { numRuns: 200 },
    );
  });

  it("round-trip through JSON unchanged", () => {
    fc.assert(
      fc.property(planContentArb, (content) => {
        expect(JSON.parse(JSON.stringify(content))).toStrictEqual(content);
      }),
    );
  });

  it("form values of a valid plan are also a valid draft, unchanged", () => {
    fc.assert(
      fc.property(planContentArb, (content) => {
        const form = toFormValues(content);
        expect(draftSchema.parse(form)).toStrictEqual(form);
      }),
      { numRuns: 50 },
    );
  });
});

describe("junk input (property)", () => {
  const noThrow = (input: unknown) => {
    for (const schema of Object.values(schemas)) {
      const result = schema.safeParse(input);
      if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
    }
  };

  it("anything at all never throws, and is never a publishable plan", () => {
    const anything = fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
    });
    fc.assert(
      fc.property(anything, (input) => {
        noThrow(input);
        expect(planContentSchema.safeParse(input).success).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("a valid plan with one value replaced by junk never throws", () => {
    const junk = fc.oneof(
      fc.anything(),
      fc.string({ minLength: 2001, maxLength: 20_000 }),
      fc.constantFrom(null, undefined, 0, -1, true, [], {}, "", "__proto__", { day: "31", month: "2", year: "2025" }),
    );
    fc.assert(
      fc.property(planContentArb, fc.nat(), junk, (content, pick, replacement) => {
        const form = toFormValues(content);
        const all = paths(form);
        const input = replaceAt(form, all[pick % all.length], replacement);
        noThrow(input);
      }),
      { numRuns: 300 },
    );
  });

  it("sections of the wrong shape never throw", () => {
    const wrongSection = fc.record(Object.fromEntries(sectionKeys.map((k) => [k, fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything()))])), {
      requiredKeys: [],
    });
    fc.assert(fc.property(wrongSection, noThrow), { numRuns: 300 });
  });

  it("huge text is refused, not stored", () => {
    fc.assert(
      fc.property(planContentArb, fc.integer({ min: 2001, max: 200_000 }), (content, length) => {
        const form = toFormValues(content);
        form.aboutMe.whatMattersMost = "a".repeat(length);
        expect(planContentSchema.safeParse(form).success).toBe(false);
        expect(draftSchema.safeParse(form).success).toBe(false);
      }),
      { numRuns: 20 },
    );
  });
});

describe("diffPlans (property)", () => {
  it("finds no change between a plan and itself or its JSON copy", () => {
    fc.assert(
      fc.property(planContentArb, (content) => {
        expect(diffPlans(content, content)).toEqual([]);
        expect(diffPlans(content, JSON.parse(JSON.stringify(content)) as PlanContent)).toEqual([]);
      }),
    );
  });

  it("finds a change whenever two plans differ", () => {
    fc.assert(
      fc.property(planContentArb, planContentArb, (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        expect(diffPlans(a, b).length).toBeGreaterThan(0);
      }),
    );
  });

  it("reports changes only in the section that changed", () => {
    fc.assert(
      fc.property(planContentArb, planContentArb, fc.constantFrom(...sectionKeys), (a, b, key) => {
        const changed = { ...a, [key]: b[key] } as PlanContent;
        const changes = diffPlans(a, changed);
        expect(changes.every((c) => c.section === key)).toBe(true);
        expect(changes.length > 0).toBe(JSON.stringify(a[key]) !== JSON.stringify(b[key]));
      }),
    );
  });
});
