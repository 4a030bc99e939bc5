/**
 * SQL building blocks of the scale seed. Every row is made by set-based INSERT ... SELECT over
 * generate_series; ids are UUIDs derived from a row's number (valid version-4 shape, as the app's
 * zod checks want), so one statement can name rows another made without a lookup table.
 */

/** A version-4-shaped UUID made from `salt` and a SQL expression (deterministic). */
export function uuidOf(salt: string, expr: string): string {
  return `overlay(overlay(md5('${salt}:' || (${expr})::text) placing '4' from 13) placing '8' from 17)::uuid`;
}

/** An element of a text[] parameter; `skew` > 1 favours the first entries (lists run most common first). */
export function pick(array: string, skew = 1): string {
  const r = skew === 1 ? "random()" : `power(random(), ${skew})`;
  return `(${array})[1 + floor(${r} * cardinality(${array}))::int]`;
}

/** A patient's practice number (1..practices) from the patient's number: the same in every statement. */
export function practiceOf(n: string, practices: string): string {
  return `(1 + mod(abs(hashint8((${n})::bigint)::bigint), ${practices}))`;
}

/** The NHS number check digit of a 9-digit bigint (10 means: no valid number has these digits). */
export function nhsCheckDigitSql(base: string): string {
  const terms = Array.from({ length: 9 }, (_, i) => `mod(${base} / ${10 ** (8 - i)}, 10) * ${10 - i}`);
  return `mod(11 - mod(${terms.join(" + ")}, 11), 11)`;
}

export const SYNTHETIC_ODS_PREFIX = "ZS";
export const SYNTHETIC_EMAIL_DOMAIN = "scale.example.org";
/** Synthetic NHS numbers start here (the demo and tests use 999...). */
export const SYNTHETIC_NHS_BASE = 600_000_000;
