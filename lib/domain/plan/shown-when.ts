import type { AnyField, Fields } from "./fields";
import { blank, isRecord } from "./guards";

/**
 * A conditional question, declared once on its field: asked only while another question of the
 * same section has one of these answers. Visibility in the form and on the check page, "required
 * only if shown", and clearing hidden answers on the server (at every save and at publish) all
 * come from this one declaration.
 */
export interface ShownWhen {
  /** The question (a choice in the same section) whose answer reveals this one. */
  readonly field: string;
  readonly equals: string | readonly string[];
}

/** Whether a field with this condition is asked, given its section's answers (form or saved values). */
export function isShown(condition: ShownWhen | undefined, values: unknown): boolean {
  if (!condition) return true;
  const answer = isRecord(values) ? values[condition.field] : undefined;
  const equals: readonly string[] = typeof condition.equals === "string" ? [condition.equals] : condition.equals;
  return typeof answer === "string" && equals.includes(answer);
}

/** The section's form values with every hidden question emptied (anything else is left as it is). */
export function withoutHiddenAnswers(fields: Fields, values: unknown): unknown {
  if (!isRecord(values)) return values;
  const out: Record<string, unknown> = { ...values };
  for (const [key, field] of Object.entries(fields)) {
    if (!isShown(field.shownWhen, values)) out[key] = field.empty();
  }
  return out;
}

/** "Required only if shown": a shown conditional question (or a part of a shown group) left blank. */
export function requiredWhenShownProblems(fields: Fields, value: unknown): { path: string; message: string }[] {
  if (!isRecord(value)) return [];
  const out: { path: string; message: string }[] = [];
  for (const [key, field] of Object.entries(fields)) {
    if (!field.shownWhen || !isShown(field.shownWhen, value)) continue;
    if (field.requiredWhenShown && blank(value[key])) out.push({ path: key, message: field.requiredWhenShown });
    const inner = value[key];
    for (const [childKey, child] of Object.entries(field.children ?? {})) {
      if (child.requiredWhenShown && blank(isRecord(inner) ? inner[childKey] : undefined))
        out.push({ path: `${key}.${childKey}`, message: child.requiredWhenShown });
    }
  }
  return out;
}

/**
 * Refuses declarations the rest cannot honour, when a section is defined (so at start-up and in
 * every test): the revealing question must be an unconditional choice of the section; only
 * top-level fields are conditional; a conditional field must accept "not answered" (its
 * requiredness is `requiredWhenShown`); `requiredWhenShown` only on a conditional field or a part
 * of a conditional group.
 */
export function checkConditions(sectionKey: string, fields: Fields): void {
  const fail = (message: string) => {
    throw new Error(`Section ${sectionKey}: ${message}`);
  };
  const nested = (field: AnyField): AnyField[] => Object.values(field.children ?? field.item ?? {}).flatMap((f) => [f, ...nested(f)]);
  for (const [key, field] of Object.entries(fields)) {
    for (const inner of nested(field)) {
      if (inner.shownWhen) fail(`${key}: only top-level fields can be conditional`);
      if (inner.requiredWhenShown && !(field.shownWhen && field.children && Object.values(field.children).includes(inner)))
        fail(`${key}: requiredWhenShown inside it needs a conditional group`);
    }
    if (!field.shownWhen) {
      if (field.requiredWhenShown) fail(`${key}: requiredWhenShown without shownWhen (use required)`);
      continue;
    }
    const controller = fields[field.shownWhen.field];
    if (!controller || controller.kind !== "choice" || controller.shownWhen) fail(`${key}: shownWhen must name an unconditional choice of the section`);
    if (!field.strict.safeParse(field.empty()).success) fail(`${key}: a conditional field must accept "not answered" (use requiredWhenShown)`);
  }
}
