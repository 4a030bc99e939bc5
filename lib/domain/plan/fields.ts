import { z } from "zod";
import { dateInput, type DateParts } from "../date-input";
import { formatDate } from "../london-time";
import { hasControlCharacters, controlCharacterMessage } from "../text";
import { isIsoDateString } from "./guards";
import type { ShownWhen } from "./shown-when";
import type { ValueSet, ValueSetEntry } from "./value-sets";

/**
 * A field describes one answer once: its label, its strict schema (publish), its draft schema
 * (types and limits only), its empty form value, how a saved value goes back into the form and how
 * it reads in plain English. Sections, the form, diffs and the FHIR mapping all read from here.
 */
export const SHORT_TEXT = 200;
export const LONG_TEXT = 2000;
const PHONE_MAX = 30;

type FieldKind = "text" | "phone" | "choice" | "choices" | "date" | "group" | "list";

export interface Field<In, Out> {
  readonly kind: FieldKind;
  readonly label: string;
  readonly hint?: string;
  /** Form value -> saved value, with this field's own limits, format and "required" rule. */
  readonly strict: z.ZodType<Out, In>;
  /** Form value -> form value: types and limits only, so a half-finished draft can be saved. */
  readonly draft: z.ZodType<In>;
  empty(): In;
  toForm(value: Out): In;
  /** Plain English for a saved value; null when not answered. Tolerates old or odd data. */
  display(value: unknown): string | null;
  /** group: the fields inside it. */
  readonly children?: Fields;
  /** list: the fields of one item, and what one item is called ("Person"). */
  readonly item?: Fields;
  readonly itemLabel?: string;
  /** text: a textarea rather than a one-line input; the most characters allowed. */
  readonly multiline?: boolean;
  readonly maxLength?: number;
  /** choice / choices: the options, in order, for radios and checkboxes. */
  readonly options?: readonly ValueSetEntry[];
  /** Asked only when another question of the section has one of these answers (see shown-when.ts). */
  readonly shownWhen?: ShownWhen;
  /** The message when this conditional question (or part of a conditional group) is shown but blank. */
  readonly requiredWhenShown?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any field, whatever its types
export type AnyField = Field<any, any>;
export type Fields = Record<string, AnyField>;
export type InOf<F extends Fields> = { -readonly [K in keyof F]: z.input<F[K]["strict"]> };
export type OutOf<F extends Fields> = { -readonly [K in keyof F]: z.output<F[K]["strict"]> };

interface Meta {
  label: string;
  hint?: string;
  shownWhen?: ShownWhen;
  requiredWhenShown?: string;
}

/** What every field keeps of its options as they were given. */
function described(opts: Meta) {
  return { label: opts.label, hint: opts.hint, shownWhen: opts.shownWhen, requiredWhenShown: opts.requiredWhenShown };
}

const tooLong = (label: string, max: number) => `${label} must be ${max} characters or fewer`;
const nonEmpty = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

// ---------------------------------------------------------------------------------------------

interface TextOptions extends Meta {
  max?: number;
  required?: string;
  pattern?: { regex: RegExp; message: string };
}

/** Free text, stored as typed (trimmed; rendering escapes it). Empty optional text is null. */
export function text(opts: TextOptions & { required: string }): Field<string, string>;
export function text(opts: TextOptions): Field<string, string | null>;
export function text(opts: TextOptions): Field<string, string | null> {
  const max = opts.max ?? SHORT_TEXT;
  const base = z
    .string()
    .trim()
    .max(max, tooLong(opts.label, max))
    .refine((v) => !hasControlCharacters(v), controlCharacterMessage(opts.label));
  const pattern = opts.pattern;
  const checked = pattern ? base.refine((v) => v === "" || pattern.regex.test(v), pattern.message) : base;
  const strict = opts.required ? checked.min(1, opts.required) : checked.transform((v) => (v === "" ? null : v));
  return {
    kind: "text",
    ...described(opts),
    multiline: max > SHORT_TEXT,
    maxLength: max,
    strict,
    draft: base,
    empty: () => "",
    toForm: (v) => v ?? "",
    display: nonEmpty,
  };
}

export function longText(opts: TextOptions & { required: string }): Field<string, string>;
export function longText(opts: TextOptions): Field<string, string | null>;
export function longText(opts: TextOptions): Field<string, string | null> {
  return text({ max: LONG_TEXT, ...opts });
}

// Digits, spaces, brackets and a leading +; 7 to 20 digits covers UK and international numbers.
const PHONE_MESSAGE = "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192";
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[\d ()]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= 7 && digits <= 20;
}

export function phone(opts: Meta): Field<string, string | null> {
  const base = z.string().trim().max(PHONE_MAX, tooLong(opts.label, PHONE_MAX));
  return {
    kind: "phone",
    ...described(opts),
    maxLength: PHONE_MAX,
    strict: base.refine((v) => v === "" || isPhoneNumber(v), PHONE_MESSAGE).transform((v) => (v === "" ? null : v)),
    draft: base,
    empty: () => "",
    toForm: (v) => v ?? "",
    display: nonEmpty,
  };
}

// ---------------------------------------------------------------------------------------------

interface ChoiceOptions extends Meta {
  required?: string;
}

/** One of a value set; "" in the form means not answered (null when saved). */
export function choice<C extends string>(set: ValueSet<C>, opts: ChoiceOptions & { required: string }): Field<"" | C, C>;
export function choice<C extends string>(set: ValueSet<C>, opts: ChoiceOptions): Field<"" | C, C | null>;
export function choice<C extends string>(set: ValueSet<C>, opts: ChoiceOptions): Field<"" | C, C | null> {
  const required = opts.required;
  const codes = z.enum(["", ...set.codes] as ["", ...C[]], { error: required ?? "Select one of the options" });
  // An unanswered radio group reads as null in the browser once a keyboard user has tabbed
  // through it (react-hook-form reads it on blur): that is "not answered", like "".
  const base = z.preprocess((v) => (v === null ? "" : v), codes) as unknown as typeof codes;
  return {
    kind: "choice",
    ...described(opts),
    options: set.entries,
    strict: base.transform((v, ctx): C | null => {
      if (v !== "") return v as C;
      if (!required) return null;
      ctx.addIssue({ code: "custom", message: required });
      return z.NEVER;
    }),
    draft: base,
    empty: () => "",
    toForm: (v) => v ?? "",
    display: (v) => (set.has(v) ? set.label(v) : nonEmpty(v)),
  };
}

/** Several of a value set (checkboxes); saved without repeats, in the value set's order. */
export function choices<C extends string>(set: ValueSet<C>, opts: Meta): Field<C[], C[]> {
  const base = z
    .array(z.enum(set.codes as readonly [C, ...C[]], { error: "Select from the options shown" }))
    .max(set.codes.length, "Select each option only once");
  return {
    kind: "choices",
    ...described(opts),
    options: set.entries,
    strict: base.transform((v) => set.codes.filter((c) => v.includes(c))),
    draft: base,
    empty: () => [],
    toForm: (v) => [...v],
    display: (v) => {
      if (!Array.isArray(v) || v.length === 0) return null;
      return v.map((c) => (set.has(c) ? set.label(c) : String(c))).join(", ");
    },
  };
}

// ---------------------------------------------------------------------------------------------

interface DateOptions extends Meta {
  /** Lower-case noun for messages, e.g. "date of the CPR decision". */
  name: string;
  required?: boolean;
  mustBePast?: boolean;
  mustBeFuture?: boolean;
}

const box = z.string().trim().max(4, "Too long");
const dateBoxes = z.object({ day: box, month: box, year: box });
const emptyParts = (): DateParts => ({ day: "", month: "", year: "" });
const isBlankParts = (p: DateParts) => p.day.trim() === "" && p.month.trim() === "" && p.year.trim() === "";

function isoToParts(iso: string): DateParts {
  const [year, month, day] = iso.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** Day / month / year boxes saved as an ISO date; an optional date left blank is null. */
export function date(opts: DateOptions & { required: true }): Field<DateParts, string>;
export function date(opts: DateOptions): Field<DateParts, string | null>;
export function date(opts: DateOptions): Field<DateParts, string | null> {
  const full = dateInput({ label: opts.name, mustBePast: opts.mustBePast, mustBeFuture: opts.mustBeFuture });
  const optional = dateBoxes.transform((parts, ctx): string | null => {
    if (isBlankParts(parts)) return null;
    const result = full.safeParse(parts);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
    return z.NEVER;
  });
  return {
    kind: "date",
    ...described(opts),
    strict: opts.required ? full : optional,
    draft: dateBoxes.extend({ day: box.default(""), month: box.default(""), year: box.default("") }),
    empty: emptyParts,
    toForm: (v) => (v ? isoToParts(v) : emptyParts()),
    display: (v) => (isIsoDateString(v) ? formatDate(v) : nonEmpty(v)),
  };
}

// ---------------------------------------------------------------------------------------------

function mapFields<F extends Fields, T>(fields: F, fn: (field: AnyField, key: string) => T): Record<string, T> {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, fn(f, k)]));
}

/** The strict object for a set of fields (no cross-field rules). */
export function strictObject<F extends Fields>(fields: F): z.ZodType<OutOf<F>, InOf<F>> {
  return z.object(mapFields(fields, (f) => f.strict)) as unknown as z.ZodType<OutOf<F>, InOf<F>>;
}

/** The draft object: missing answers default to empty, so older or partial drafts still load. */
export function draftObject<F extends Fields>(fields: F): z.ZodType<InOf<F>> {
  return z.object(mapFields(fields, (f) => f.draft.default(() => f.empty()))) as unknown as z.ZodType<InOf<F>>;
}

export function emptyOf<F extends Fields>(fields: F): InOf<F> {
  return mapFields(fields, (f) => f.empty()) as InOf<F>;
}

export function toFormOf<F extends Fields>(fields: F, value: OutOf<F>): InOf<F> {
  const record = value as Record<string, unknown>;
  return mapFields(fields, (f, k) => f.toForm(record[k])) as InOf<F>;
}

function summarise(fields: Fields, value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  const parts = Object.entries(fields).map(([k, f]) => f.display(record[k]));
  const shown = parts.filter((p): p is string => p !== null);
  return shown.length > 0 ? shown.join(", ") : null;
}

/** A few fields that belong together, e.g. who made the CPR decision. */
export function group<F extends Fields>(opts: Meta & { fields: F }): Field<InOf<F>, OutOf<F>> {
  return {
    kind: "group",
    ...described(opts),
    strict: strictObject(opts.fields),
    draft: draftObject(opts.fields),
    empty: () => emptyOf(opts.fields),
    toForm: (v) => toFormOf(opts.fields, v),
    display: (v) => summarise(opts.fields, v),
    children: opts.fields,
  };
}

interface ListOptions<F extends Fields> extends Meta {
  item: F;
  /** What one item is called, e.g. "Person" ("Person 2: Phone number"). */
  itemLabel: string;
  /** Plural noun for the count message, e.g. "people". */
  noun: string;
  max: number;
  min?: number;
  minMessage?: string;
}

/** Repeating items ("add another"). */
export function list<F extends Fields>(opts: ListOptions<F>): Field<InOf<F>[], OutOf<F>[]> {
  const tooMany = `You can add up to ${opts.max} ${opts.noun}`;
  const strictArray = z.array(strictObject(opts.item)).max(opts.max, tooMany);
  return {
    kind: "list",
    ...described(opts),
    strict: opts.min ? strictArray.min(opts.min, opts.minMessage ?? `Add at least ${opts.min} ${opts.noun}`) : strictArray,
    draft: z.array(draftObject(opts.item)).max(opts.max, tooMany),
    empty: () => [],
    toForm: (v) => v.map((item) => toFormOf(opts.item, item)),
    display: (v) => (Array.isArray(v) && v.length > 0 ? v.map((item) => summarise(opts.item, item) ?? "").join("; ") : null),
    item: opts.item,
    itemLabel: opts.itemLabel,
  };
}

/** Summary of one list item, e.g. "Jane Smith, Daughter, Next of kin, 07700 900 982". */
export function itemSummary(field: AnyField, value: unknown): string | null {
  return field.item ? summarise(field.item, value) : field.display(value);
}
