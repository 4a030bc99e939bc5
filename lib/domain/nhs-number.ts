/** NHS number: 10 digits, the last a modulus-11 check digit (NHS Data Dictionary). */

type NhsNumberProblem = "empty" | "not-digits" | "wrong-length" | "check-digit";

/** Removes the spaces (and hyphens) people type between the 3-3-4 groups. */
export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, "");
}

export function nhsCheckDigit(firstNine: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null; // no valid number has these nine digits
  return check;
}

export function nhsNumberProblem(input: string): NhsNumberProblem | null {
  const digits = normaliseNhsNumber(input);
  if (digits === "") return "empty";
  if (!/^\d+$/.test(digits)) return "not-digits";
  if (digits.length !== 10) return "wrong-length";
  // 0000000000 passes the arithmetic but is never issued.
  if (/^0+$/.test(digits)) return "check-digit";
  return nhsCheckDigit(digits) === Number(digits[9]) ? null : "check-digit";
}

export function isValidNhsNumber(input: string): boolean {
  return nhsNumberProblem(input) === null;
}

export const nhsNumberMessages: Record<NhsNumberProblem, string> = {
  empty: "Enter the NHS number",
  "not-digits": "NHS number must only include numbers and spaces",
  "wrong-length": "NHS number must be 10 digits",
  "check-digit": "Enter a valid NHS number: check each digit, this one is not a real NHS number",
};

/** Shown 3-3-4, as on NHS letters: "943 476 5919". */
export function formatNhsNumber(nhsNumber: string): string {
  const d = normaliseNhsNumber(nhsNumber);
  return d.length === 10 ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : nhsNumber;
}

/** The n-th (from 1) valid NHS number in the 999 test range: distinct for distinct n. */
export function testNhsNumber(n: number): string {
  let found = 0;
  for (let k = 1; ; k++) {
    const nine = `999${String(k).padStart(6, "0")}`;
    const check = nhsCheckDigit(nine);
    if (check !== null && ++found === n) return `${nine}${check}`;
  }
}
