import type { AnyField, Fields } from "./fields";
import { sections, type SectionKey } from "./schema";
import { sectionPage } from "./steps";

/** Element id for a field path: "madeBy.name" -> "madeBy-name", "people.0.phone" -> "people-0-phone". */
export function fieldId(path: string): string {
  return path.replace(/\./g, "-");
}

/** The field at a path inside a section's fields (list indexes skipped), or undefined. */
function fieldAt(fields: Fields, path: string): AnyField | undefined {
  let current: Fields | undefined = fields;
  let field: AnyField | undefined;
  for (const segment of path.split(".")) {
    if (/^\d+$/.test(segment) && field?.item) {
      current = field.item;
      continue;
    }
    field = current && Object.hasOwn(current, segment) ? current[segment] : undefined;
    if (!field) return undefined;
    current = field.children ?? field.item;
  }
  return field;
}

/** Where an error link for a path should move focus: the first box of a date, the first option. */
export function errorHref(section: SectionKey, path: string): string {
  const field = fieldAt(sections[section].fields, path);
  const id = fieldId(path);
  if (field?.kind === "date") return `#${id}-day`;
  return `#${id}`;
}

/**
 * Server field errors name the whole input ("draft.cpr.reasons", "content.cpr.reasons",
 * "values.reasons"); the form of one section knows them as "reasons".
 */
export function sectionFieldErrors(errors: Record<string, string>, section: SectionKey): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const path = key.replace(/^(draft|content)\./, "").replace(/^values\./, `${section}.`);
    if (path.startsWith(`${section}.`)) out[path.slice(section.length + 1)] ??= message;
  }
  return out;
}

/** Which section a plan-level error path ("content.cpr.reasons") belongs to, and the rest of it. */
export function splitPlanPath(key: string): { section: SectionKey; path: string } | null {
  const [first, ...rest] = key.replace(/^(draft|content)\./, "").split(".");
  if (!Object.hasOwn(sections, first) || rest.length === 0) return null;
  return { section: first as SectionKey, path: rest.join(".") };
}

/**
 * Plan-level problems ([path, message] pairs, e.g. the entries of publishing's field errors) as
 * links to the question in its section, in the order given: "CPR decision: Enter the reasons ...".
 */
export function planProblems(errors: Iterable<readonly [string, string]>, planHref: string): { href: string; text: string }[] {
  return [...errors].map(([key, message]) => {
    const at = splitPlanPath(key);
    if (!at) return { href: planHref, text: message };
    return { href: `${planHref}/${sectionPage(at.section, at.path)}${errorHref(at.section, at.path)}`, text: `${sections[at.section].title}: ${message}` };
  });
}
