import { isRecord } from "./guards";
import { sectionKeys, sectionSchemas, type PlanFormValues, type SectionKey } from "./schema";

export type SectionStatus = "not started" | "in progress" | "completed";

/** Nothing typed: blank text, no ticks, empty date boxes, no items (or only blank ones). */
function untouched(value: unknown): boolean {
  if (value == null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.every(untouched);
  if (isRecord(value)) return Object.values(value).every(untouched);
  return false;
}

/**
 * For the task list: "completed" when the section passes its publish rules, "not started" when
 * nothing has been entered. A section with nothing required (e.g. crisis guidance) left empty is
 * "not started", which does not stop publishing.
 */
export function sectionStatus(values: PlanFormValues): Record<SectionKey, SectionStatus> {
  const statuses = {} as Record<SectionKey, SectionStatus>;
  for (const key of sectionKeys) {
    const section: unknown = isRecord(values) ? values[key] : undefined;
    if (untouched(section)) statuses[key] = "not started";
    else statuses[key] = sectionSchemas[key].safeParse(section).success ? "completed" : "in progress";
  }
  return statuses;
}
