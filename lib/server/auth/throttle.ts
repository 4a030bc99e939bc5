import { db } from "@/lib/db";

/** Sign-in throttling: failures per account (by email, existing or not) and per client address. */
export const throttle = {
  windowMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 20,
} as const;

export const accountKey = (email: string) => `account:${email}`.slice(0, 300);
export const ipKey = (ip: string) => `ip:${ip}`.slice(0, 300);

/**
 * Counts this attempt as a failure before anything is checked, in one atomic upsert, and returns
 * the count including it. Parallel attempts queue on the row lock, so each sees a different
 * count and at most `max` of them get past. A window older than `windowMinutes` starts again.
 */
export async function countAttempt(key: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - throttle.windowMinutes * 60_000);
  const rows = await db().$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStart") VALUES (${key}, 1, ${now}::timestamptz)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStart" < ${since}::timestamptz THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < ${since}::timestamptz THEN ${now}::timestamptz ELSE "SignInThrottle"."windowStart" END
    RETURNING "failures"`;
  return Number(rows[0].failures);
}

/** A sign-in that succeeded was not a failure: the account starts afresh, the address gets one back. */
export async function forgiveAttempt(account: string, ip: string | null): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key: account } });
  if (ip) await db().$executeRaw`UPDATE "SignInThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ${ip}`;
}
