import { isRecord } from "./guards";

/**
 * Three-way merge of form values, for two people editing the same plan: `base` is what both
 * started from, `theirs` what the other person saved, `mine` what this person has. Each answer
 * takes whichever side changed it; where both changed it differently, mine wins and the field is
 * listed so the person can check it. Lists and dates are merged as whole answers (mixing one
 * person's day with the other's month, or half of two lists, would make something nobody wrote).
 */
interface MergeResult<T> {
  merged: T;
  /** Dotted paths of answers both people changed differently, e.g. "cpr.reasons". */
  bothChanged: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const isDateParts = (v: unknown) => isRecord(v) && ["day", "month", "year"].every((k) => k in v) && Object.keys(v).length === 3;

const isBranch = (v: unknown): v is Record<string, unknown> => isRecord(v) && !isDateParts(v);

export function mergeFormValues<T>(base: T, theirs: T, mine: T): MergeResult<T> {
  const bothChanged: string[] = [];
  const merged = mergeAt(base, theirs, mine, [], bothChanged) as T;
  return { merged, bothChanged };
}

function mergeAt(base: unknown, theirs: unknown, mine: unknown, path: string[], bothChanged: string[]): unknown {
  if (isBranch(mine) && isBranch(theirs)) {
    const baseRecord = isBranch(base) ? base : {};
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      if (!(key in mine)) out[key] = theirs[key];
      else if (!(key in theirs)) out[key] = mine[key];
      else out[key] = mergeAt(baseRecord[key], theirs[key], mine[key], [...path, key], bothChanged);
    }
    return out;
  }
  if (same(mine, base)) return theirs;
  if (same(theirs, base) || same(theirs, mine)) return mine;
  bothChanged.push(path.join("."));
  return mine;
}
