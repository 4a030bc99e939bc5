import type { SectionKey } from "./schema";
import { isShown, type ShownWhen } from "./shown-when";

/**
 * Sections asked over more than one page. The service manual asks for one thing per page and
 * warns against long conditional reveals: the CPR decision's seven follow-up questions are a page
 * of their own, asked once a decision is made. It is still one section (one schema, one draft,
 * one save, the same `shownWhen` rules clearing hidden answers): a step only picks which of its
 * questions a page shows.
 */
interface SectionStep {
  /** In the address: `/plan/cpr?step=details`. The first step has none. */
  readonly key: string;
  readonly title: string;
  readonly fields: readonly string[];
  /** Asked only while this holds (the same declaration as the fields' own). */
  readonly shownWhen?: ShownWhen;
}

const decided = { field: "decision", equals: ["recommended", "not-recommended"] } as const;

const steps: Partial<Record<SectionKey, readonly [SectionStep, ...SectionStep[]]>> = {
  cpr: [
    { key: "", title: "CPR decision", fields: ["decision", "familyInformed", "formLocation"] },
    {
      key: "details",
      title: "About the CPR decision",
      fields: ["decisionDate", "reviewDate", "madeBy", "capacity", "reasons", "discussedWithPatient", "discussionDetails"],
      shownWhen: decided,
    },
  ],
};

/** The step a page shows (null: the section has one page, or the step is unknown). */
export function sectionStep(section: SectionKey, key: string | null | undefined): SectionStep | null {
  const all = steps[section];
  if (!all) return null;
  return all.find((s) => s.key === (key ?? "")) ?? null;
}

/** The step after `current` that the answers call for, if any. */
export function nextStep(section: SectionKey, current: string | null | undefined, values: unknown): SectionStep | null {
  const all = steps[section] ?? [];
  const at = all.findIndex((s) => s.key === (current ?? ""));
  return all.slice(at + 1).find((s) => isShown(s.shownWhen, values)) ?? null;
}

/** The page of a section that asks a field ("cpr?step=details" for "madeBy.name"). */
export function sectionPage(section: SectionKey, path: string): string {
  const field = path.split(".")[0];
  const step = steps[section]?.find((s) => s.fields.includes(field));
  return step?.key ? `${section}?step=${step.key}` : section;
}
