/**
 * Every date and time the service shows is in Europe/London, whatever the server's own zone: a plan
 * published at 23:30 UTC on 30 June was published on 1 July at 00:30 for everyone who reads it.
 * Calendar dates (a date of birth, a review date) are kept as "yyyy-MM-dd" or as midnight UTC, which
 * is the same day in London all year (London is UTC or one hour ahead). The only module that formats
 * or reads the clock's calendar day: nothing else calls toLocale*, Intl.DateTimeFormat or date-fns format.
 */
const TIME_ZONE = "Europe/London";

const dateFormat = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, day: "numeric", month: "long", year: "numeric" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const secondsFormat = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as an instant that is that day in London: noon UTC, far from either midnight. */
function asInstant(value: Date | string): Date {
  if (value instanceof Date) return value;
  const day = ISO_DATE.exec(value);
  return day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12)) : new Date(value);
}

function londonParts(at: Date): Record<"year" | "month" | "day" | "hour" | "minute" | "second", number> {
  const parts = Object.fromEntries(partsFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return { year: +parts.year, month: +parts.month, day: +parts.day, hour: +parts.hour, minute: +parts.minute, second: +parts.second };
}

/** "1 July 2026", the NHS style for dates. */
export function formatDate(value: Date | string): string {
  return dateFormat.format(asInstant(value));
}

/** "00:30", the 24-hour clock. */
export function formatTime(value: Date): string {
  return timeFormat.format(value);
}

/** "1 July 2026 at 00:30"; with seconds, "1 July 2026 at 00:30:05" (the audit trail). */
export function formatDateTime(value: Date, { seconds = false }: { seconds?: boolean } = {}): string {
  return `${formatDate(value)} at ${(seconds ? secondsFormat : timeFormat).format(value)}`;
}

/** The London calendar day of an instant, "yyyy-MM-dd" (default: now). */
export function londonDay(at: Date = new Date()): string {
  const p = londonParts(at);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** The instant a London calendar day ("yyyy-MM-dd") begins: 23:00 UTC the day before in summer. */
export function startOfLondonDay(iso: string): Date {
  const day = ISO_DATE.exec(iso);
  if (!day) throw new Error(`startOfLondonDay: not a date: ${iso}`);
  const utcMidnight = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  // London's offset at UTC midnight is its offset at its own midnight (clocks change at 01:00 UTC).
  const p = londonParts(new Date(utcMidnight));
  const offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - utcMidnight;
  return new Date(utcMidnight - offset);
}

/** Whole years from a date of birth to a day (default today), both as London calendar days. */
export function ageOn(dateOfBirth: Date | string, on: Date = new Date()): number {
  const [by, bm, bd] = londonDay(asInstant(dateOfBirth)).split("-").map(Number);
  const [y, m, d] = londonDay(on).split("-").map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
