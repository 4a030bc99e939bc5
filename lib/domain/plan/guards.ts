/**
 * Defensive readers for rules that may see half-valid input (see SectionDefinition.rules) and for
 * displaying saved content that may come from an older schema version.
 */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export const isIsoDateString = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** Not answered: null, undefined, blank text or an empty list. */
export function blank(v: unknown): boolean {
  return v == null || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);
}
