import { z } from "zod";
import { isRecord } from "./guards";
import { draftObject, emptyOf, strictObject, toFormOf, type Fields, type InOf, type OutOf } from "./fields";
import { checkConditions, requiredWhenShownProblems, withoutHiddenAnswers } from "./shown-when";

export interface FieldLabel {
  label: string;
  hint?: string;
}

/** Adds an issue at a dotted path inside the section, e.g. "madeBy.name". */
type AddIssue = (path: string, message: string) => void;

interface SectionDefinition<K extends string, F extends Fields> {
  key: K;
  title: string;
  /** One plain-English line for patients: what this part of the plan is about. */
  summary: string;
  fields: F;
  /**
   * Rules between answers other than "asked when" (declare those with `shownWhen` on the field).
   * They also run when other fields have problems (so the error summary lists everything at
   * once), which means a value may be missing or of the wrong type here: read it with the readers
   * in guards.ts, never assume.
   */
  rules?: (value: OutOf<F>, issue: AddIssue) => void;
}

export interface Section<K extends string, F extends Fields> extends SectionDefinition<K, F> {
  /** Publish rules for this section: limits, formats, required and "required when"; hidden answers emptied. */
  schema: z.ZodType<OutOf<F>, InOf<F>>;
  /** Draft rules: types and limits only, hidden answers emptied; the output is still form values. */
  draft: z.ZodType<InOf<F>>;
  /** Field path (list items without the index, e.g. "people.phone") -> label and hint. */
  labels: Record<string, FieldLabel>;
  empty(): InOf<F>;
  toForm(value: OutOf<F>): InOf<F>;
}

function flattenLabels(fields: Fields, prefix = "", into: Record<string, FieldLabel> = {}): Record<string, FieldLabel> {
  for (const [key, field] of Object.entries(fields)) {
    const path = prefix + key;
    into[path] = field.hint ? { label: field.label, hint: field.hint } : { label: field.label };
    const inner = field.children ?? field.item;
    if (inner) flattenLabels(inner, `${path}.`, into);
  }
  return into;
}

export function defineSection<K extends string, F extends Fields>(def: SectionDefinition<K, F>): Section<K, F> {
  checkConditions(def.key, def.fields);
  const { rules } = def;
  const checked = strictObject(def.fields).superRefine(
    (value, ctx) => {
      const issue: AddIssue = (path, message) => ctx.addIssue({ code: "custom", path: path.split("."), message });
      for (const { path, message } of requiredWhenShownProblems(def.fields, value)) issue(path, message);
      rules?.(value, issue);
    },
    // Run even when another field failed, but only on an object (anything else is a type error).
    { when: (payload) => isRecord(payload.value) },
  );
  // Hidden answers are emptied before any rule sees them: never checked, never kept.
  const hide = (values: unknown) => withoutHiddenAnswers(def.fields, values);
  return {
    ...def,
    schema: z.preprocess(hide, checked) as unknown as z.ZodType<OutOf<F>, InOf<F>>,
    draft: z.preprocess(hide, draftObject(def.fields)) as unknown as z.ZodType<InOf<F>>,
    labels: flattenLabels(def.fields),
    empty: () => emptyOf(def.fields),
    toForm: (value) => toFormOf(def.fields, value),
  };
}
