import { isoFromParts } from "../date-input";
import { isRecord } from "./guards";
import type { PlanContent } from "./schema";

/**
 * Form values read as content without the publish rules, so an unfinished draft can still be
 * compared with a version: blank answers become null, dates become ISO dates (or the boxes as
 * typed, "31/2/2025", when they are not a real date).
 */
export function lenientContent(values: unknown): PlanContent {
  return convert(values) as PlanContent;
}

function convert(value: unknown): unknown {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (Array.isArray(value)) return value.map(convert);
  if (!isRecord(value)) return value ?? null;
  if (["day", "month", "year"].every((k) => typeof value[k] === "string")) {
    const parts = { day: String(value.day), month: String(value.month), year: String(value.year) };
    if (`${parts.day}${parts.month}${parts.year}`.trim() === "") return null;
    return isoFromParts(parts) ?? `${parts.day}/${parts.month}/${parts.year}`;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
}
