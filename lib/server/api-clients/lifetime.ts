import { addDays, addMinutes } from "date-fns";
import { rotationOverlaps, type RotationOverlap } from "@/lib/domain/api-clients";

/** How long a new or rotated token works: UCP_API_TOKEN_DAYS, default 90. */
export function tokenLifetimeDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.UCP_API_TOKEN_DAYS;
  if (raw === undefined || raw === "") return 90;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 3650) throw new Error(`UCP_API_TOKEN_DAYS must be a whole number of days from 1 to 3650 (is "${raw}")`);
  return n;
}

export function tokenExpiry(from: Date, env: Record<string, string | undefined> = process.env): Date {
  return addDays(from, tokenLifetimeDays(env));
}

export function previousTokenUntil(now: Date, overlap: RotationOverlap, oldExpiresAt: Date): Date | null {
  const minutes = rotationOverlaps[overlap];
  if (minutes === 0) return null;
  const until = addMinutes(now, minutes);
  return until < oldExpiresAt ? until : oldExpiresAt;
}
