import type { AnyField } from "./fields";
import { sections, type SectionKey } from "./schema";
import { isShown } from "./shown-when";

/**
 * Which questions the form asks, read from each field's `shownWhen` (the one declaration the
 * publish rules and the server's clearing of hidden answers also read).
 */
const fieldOf = (section: SectionKey, field: string): AnyField | undefined => (sections[section].fields as Record<string, AnyField>)[field];

/** Fields the check-your-answers page asks itself (the summary of changes). */
const askedElsewhere: Partial<Record<SectionKey, readonly string[]>> = { planDetails: ["changeSummary"] };

export function isAskedInForm(section: SectionKey, field: string): boolean {
  return !askedElsewhere[section]?.includes(field);
}

/** Whether `field` applies given the section's current answers. */
export function isAsked(section: SectionKey, field: string, values: unknown): boolean {
  return isShown(fieldOf(section, field)?.shownWhen, values);
}

/** The field whose answer reveals `field`, if any: the form shows it just after that field. */
export function revealedBy(section: SectionKey, field: string): string | null {
  return fieldOf(section, field)?.shownWhen?.field ?? null;
}
