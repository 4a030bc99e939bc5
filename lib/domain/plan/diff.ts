import { itemSummary, type AnyField, type Fields } from "./fields";
import { isRecord } from "./guards";
import { sectionKeys, sections, type PlanContent, type SectionKey } from "./schema";

/**
 * What changed between two versions, field by field, in plain English: the version history shows
 * it to clinicians and to the patient. Works on saved content; tolerates sections or answers
 * missing from older versions (they read as "not answered").
 */
export interface PlanChange {
  section: SectionKey;
  sectionTitle: string;
  /** Dotted path, e.g. "cpr.decision" or "contacts.people.2.phone" (items counted from 0). */
  field: string;
  label: string;
  /** Plain-English value; null when not answered (or, for a list item, when added / removed). */
  before: string | null;
  after: string | null;
}

interface Place {
  section: SectionKey;
  path: string;
  labelPrefix: string;
}

const read = (value: unknown, key: string): unknown => (isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const key = (value: unknown): string => JSON.stringify(value ?? null);

export function diffPlans(before: PlanContent, after: PlanContent): PlanChange[] {
  const out: PlanChange[] = [];
  for (const section of sectionKeys) {
    const place = { section, path: `${section}.`, labelPrefix: "" };
    diffFields(sections[section].fields, read(before, section), read(after, section), place, out);
  }
  return out;
}

function diffFields(fields: Fields, before: unknown, after: unknown, at: Place, out: PlanChange[]): void {
  for (const [name, field] of Object.entries(fields)) {
    const b = read(before, name);
    const a = read(after, name);
    const path = at.path + name;
    if (field.kind === "group" && field.children) {
      diffFields(field.children, b, a, { ...at, path: `${path}.`, labelPrefix: `${at.labelPrefix}${field.label}: ` }, out);
    } else if (field.kind === "list") {
      diffList(field, asList(b), asList(a), { ...at, path }, out);
    } else if (key(b) !== key(a)) {
      push(out, at.section, path, at.labelPrefix + field.label, field.display(b), field.display(a));
    }
  }
}

function push(out: PlanChange[], section: SectionKey, field: string, label: string, before: string | null, after: string | null) {
  out.push({ section, sectionTitle: sections[section].title, field, label, before, after });
}

/**
 * Items are matched by their longest common subsequence, so removing the first of three people
 * reads as one removal rather than three edits. Unmatched items between two matches are paired
 * in order as edits; the rest are additions or removals.
 */
function diffList(field: AnyField, before: unknown[], after: unknown[], at: Place, out: PlanChange[]): void {
  const itemFields = field.item ?? {};
  const itemLabel = field.itemLabel ?? field.label;
  const summary = (item: unknown) => itemSummary(field, item) ?? "No details";
  const itemPlace = (index: number) => ({ ...at, path: `${at.path}.${index}.`, labelPrefix: `${itemLabel} ${index + 1}: ` });

  let i = 0;
  let j = 0;
  const flush = (untilI: number, untilJ: number) => {
    for (; i < untilI && j < untilJ; i++, j++) diffFields(itemFields, before[i], after[j], itemPlace(j), out);
    for (; i < untilI; i++) push(out, at.section, `${at.path}.${i}`, `${itemLabel} ${i + 1}`, summary(before[i]), null);
    for (; j < untilJ; j++) push(out, at.section, `${at.path}.${j}`, `${itemLabel} ${j + 1}`, null, summary(after[j]));
  };
  for (const [mi, mj] of commonItems(before.map(key), after.map(key))) {
    flush(mi, mj);
    i = mi + 1;
    j = mj + 1;
  }
  flush(before.length, after.length);
}

/** Index pairs of a longest common subsequence (lists are at most 20 items). */
function commonItems(a: string[], b: string[]): [number, number][] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let x = a.length - 1; x >= 0; x--) {
    for (let y = b.length - 1; y >= 0; y--) {
      lengths[x][y] = a[x] === b[y] ? lengths[x + 1][y + 1] + 1 : Math.max(lengths[x + 1][y], lengths[x][y + 1]);
    }
  }
  const pairs: [number, number][] = [];
  for (let x = 0, y = 0; x < a.length && y < b.length;) {
    if (a[x] === b[y]) pairs.push([x++, y++]);
    else if (lengths[x + 1][y] >= lengths[x][y + 1]) x++;
    else y++;
  }
  return pairs;
}

/**
 * Plain English for the value at a path: "cpr.decision" + "not-recommended" -> "CPR attempts not
 * recommended"; a list item path ("contacts.people.2") gives a one-line summary of the item.
 */
export function displayValue(path: string, value: unknown): string | null {
  const [sectionKey, ...rest] = path.split(".");
  let fields: Fields | undefined = Object.hasOwn(sections, sectionKey) ? sections[sectionKey as SectionKey].fields : undefined;
  let field: AnyField | undefined;
  let isItem = false;
  for (const segment of rest) {
    if (field?.kind === "list" && /^\d+$/.test(segment) && !isItem) {
      isItem = true;
      fields = field.item;
      continue;
    }
    field = fields && Object.hasOwn(fields, segment) ? fields[segment] : undefined;
    if (!field) return fallbackDisplay(value);
    isItem = false;
    fields = field.children;
  }
  if (!field) return fallbackDisplay(value);
  return isItem ? itemSummary(field, value) : field.display(value);
}

function fallbackDisplay(value: unknown): string | null {
  if (value == null || value === "" || (Array.isArray(value) && value.length === 0)) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}
