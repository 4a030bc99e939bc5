import fc from "fast-check";

/** The classic ways in, whatever the random sample holds; the first `ALWAYS` go to every target. */
const classicValues = [
  "",
  "%zz",
  "\u0000",
  "../../etc/passwd",
  "00000000-0000-0000-0000-000000000000",
  "__proto__",
  "' OR '1'='1' --",
  "a".repeat(5000),
  " ",
  "abc",
  "%",
  "%00",
  "..%2f..%2fetc%2fpasswd",
  '1; DROP TABLE "User";--',
  "<script>alert(1)</script>",
  "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
  "{6a2f41a3-c54c-fce8-32d2-0324e1c32e22}",
  "6a2f41a3-c54c-fce8-32d2-0324e1c32e2",
  "-1",
  "0",
  "1e309",
  "NaN",
  "0x10",
  "9".repeat(400),
  "\u202e\ud83d\ude00\ufeff",
  "\ud800",
  "null",
  "[object Object]",
  "constructor",
];
export const ALWAYS = 8;

const controlChars = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 8 });
const percentJunk = fc
  .array(fc.constantFrom("%", "%2", "%zz", "%25", "%00", "%2e%2e%2f", "%c0%af", "%ff", "%E2%80%AE", "/", "\\", "."), { minLength: 1, maxLength: 10 })
  .map((a) => a.join(""));
const traversal = fc
  .array(fc.constantFrom("../", "..\\", "./", "%2e%2e/", "....//", "/"), { minLength: 1, maxLength: 8 })
  .map((a) => `${a.join("")}etc/passwd`);
const sqlish = fc
  .constantFrom("'", '"', "' OR 1=1--", "'; SELECT pg_sleep(5);--", "1 UNION SELECT NULL--", "\\'", "$$", "$1", "%' --", "');--")
  .chain((s) => fc.string({ maxLength: 6 }).map((t) => t + s));
const uuidLike = fc.oneof(
  fc.uuid(),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid().map((u) => u.slice(0, -1)),
  fc.uuid().map((u) => `${u}x`),
  fc.uuid().map((u) => u.replace(/-/g, "")),
  fc.uuid().map((u) => ` ${u}`),
  fc.uuid().map((u) => `${u}/..`),
  fc.uuid().map((u) => u.replace(/[0-9a-f]/, "g")),
);
const numberish = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.constantFrom("1.5", "+1", "1,2", "Infinity", "-0", "1e-7", "01"),
);
const long = fc.integer({ min: 300, max: 3000 }).chain((n) => fc.constantFrom("a", "%", "é", "\u0000", "😀").map((c) => c.repeat(n)));

/** Strings an attacker would try: control characters, any unicode, `%` and `../`, SQL, near-UUIDs, numbers, very long. */
const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  fc.string({ unit: "grapheme", maxLength: 40 }),
  controlChars,
  percentJunk,
  traversal,
  sqlish,
  uuidLike,
  numberish,
  { weight: 1, arbitrary: long },
);

/** Any JSON value a hand-made server action call could carry in place of the expected input. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1e308, [], {}) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** `count` distinct hostile strings (fixed seed so a failure can be replayed) after the classic ones. */
export function hostileStrings(count: number, seed: number): string[] {
  const distinct = new Set(classicValues);
  for (let round = 0; distinct.size < classicValues.length + count; round++) {
    for (const v of fc.sample(hostileString, { numRuns: count, seed: seed + round })) {
      if (distinct.size < classicValues.length + count) distinct.add(v);
    }
  }
  return [...distinct];
}

/** Percent-encodes like encodeURIComponent, but a lone surrogate becomes its (invalid) UTF-8 bytes instead of throwing. */
export function encode(value: string): string {
  let out = "";
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    const lone = ch.length === 1 && code >= 0xd800 && code <= 0xdfff;
    out += lone
      ? `%ED%${(0x80 | ((code >> 6) & 0x3f)).toString(16).toUpperCase()}%${(0x80 | (code & 0x3f)).toString(16).toUpperCase()}`
      : encodeURIComponent(ch);
  }
  return out;
}

/** A hostile value put into a URL path segment: mostly encoded, sometimes raw (a stray `%`, `/`, `..` reach the router as typed). */
export function asPathSegment(value: string, index: number): string {
  if (index % 5 === 4) return encode(value).replace(/%(25|2F|2E)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return encode(value);
}
