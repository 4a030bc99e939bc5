import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/inputs";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Idle lifetime: the cookie is re-issued on activity and lapses after this long without. 15 minutes
 * unless `UCP_SESSION_IDLE_MINUTES` says otherwise (1 to 720): a deployment's local policy, and the
 * e2e suite, whose sessions are made once at its start and must outlive a long run.
 */
export const SESSION_IDLE_SECONDS = idleMinutes(process.env.UCP_SESSION_IDLE_MINUTES) * 60;

export function idleMinutes(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 15;
  const minutes = Number(raw);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 720) throw new Error("UCP_SESSION_IDLE_MINUTES must be a whole number of minutes from 1 to 720");
  return minutes;
}
/** Absolute lifetime from sign-in, however often the cookie is renewed. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

/** A session id is the UserSession row's UUID. */
export const isSessionId = isUuid;

/** Sessions signed in before this are over, whatever their cookie says. */
export const absoluteCutoff = (now = Date.now()) => new Date(now - SESSION_ABSOLUTE_SECONDS * 1000);

/** A new sign-in: the cookie carries its id and start; every request checks the row is still open. */
export async function startSession(userId: string, provider: string): Promise<{ sessionId: string; signedInAt: number }> {
  const row = await db().userSession.create({ data: { userId, provider: provider.slice(0, 20) } });
  return { sessionId: row.id, signedInAt: row.signedInAt.getTime() };
}

/** Sign-out: this session ends, and with it every copy of its cookie. */
export async function endSession(sessionId: unknown): Promise<void> {
  if (!isSessionId(sessionId)) return;
  await db().userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

/** Deactivation (and a new password): every session of the account ends. How many were open. */
export async function endAllSessions(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  const { count } = await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
  return count;
}
