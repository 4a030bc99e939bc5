import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { pageWindow, toPage } from "@/lib/domain/pagination";
import { userIdInput, userSearchInput } from "@/lib/domain/user-accounts";
import type { Prisma } from "@/lib/generated/prisma/client";
import { endAllSessions } from "./auth/sessions";
import { AppError } from "./errors";
import { peopleScope, personInScope, type PersonRow } from "./people/scope";
import { defineUseCase } from "./use-case";

const listSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  lastLoginAt: true,
  organisation: { select: { name: true, odsCode: true } },
} as const satisfies Prisma.UserSelect;

/**
 * Administrators' list of accounts, with role, organisation and state: searched by name or email,
 * filtered by organisation, role and state, 50 a page. An organisation administrator's list holds
 * only their own organisation's accounts, whatever the filters ask.
 */
export const listUsers = defineUseCase({
  audit: auditActions.usersListed,
  permission: "user.manage",
  input: userSearchInput,
  async run({ tx, actor, grant, input }) {
    const where: Prisma.UserWhereInput = {
      AND: [
        peopleScope(actor, grant),
        input.q ? { OR: [{ name: { contains: input.q, mode: "insensitive" } }, { email: { contains: input.q.toLowerCase() } }] } : {},
        input.odsCode ? { organisation: { odsCode: input.odsCode } } : {},
        input.role ? { role: input.role } : {},
        input.status ? { active: input.status === "active" } : {},
      ],
    };
    const rows = await tx.user.findMany({ where, select: listSelect, orderBy: [{ name: "asc" }, { email: "asc" }], ...pageWindow(input.page) });
    const { q, odsCode, role, status, page } = input;
    return {
      result: toPage(rows, input.page),
      audit: { detail: { q: q ?? null, odsCode: odsCode ?? null, role: role ?? null, status: status ?? null, page } },
    };
  },
});

export interface PersonDetails extends Omit<PersonRow, "passwordHash"> {
  /** A local account (may be given a one-time link to set a password); CIS2 and NHS login accounts have none. */
  localAccount: boolean;
  hasPassword: boolean;
  openSessions: number;
  /** The latest unused, unexpired one-time link's expiry (the link itself is never shown again). */
  resetLinkExpiresAt: Date | null;
}

/** One account, for its page: who they are, their role and registration, state, sessions and any open reset link. */
export const getUser = defineUseCase({
  audit: auditActions.userViewed,
  permission: "user.manage",
  input: userIdInput,
  subject: (input) => input.userId,
  async run({ tx, actor, grant, input }) {
    const { passwordHash, ...person } = await personInScope(tx, actor, grant, input.userId);
    const now = new Date();
    const [openSessions, link] = await Promise.all([
      tx.userSession.count({ where: { userId: person.id, endedAt: null, signedInAt: { gt: new Date(now.getTime() - 12 * 3600_000) } } }),
      tx.passwordResetToken.findFirst({ where: { userId: person.id, usedAt: null, expiresAt: { gt: now } }, orderBy: { expiresAt: "desc" } }),
    ]);
    const details: PersonDetails = {
      ...person,
      localAccount: !person.identityProvider,
      hasPassword: !!passwordHash,
      openSessions,
      resetLinkExpiresAt: link?.expiresAt ?? null,
    };
    return { result: details };
  },
});

/** Locks the active service administrators' rows, so two of them cannot switch each other off at once. */
async function activeServiceAdministrators(tx: Prisma.TransactionClient): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "active" ORDER BY "id" FOR UPDATE`;
  return rows.map((r) => r.id);
}

/** The service must keep one service administrator who can still sign in. */
export async function requireAnotherServiceAdministrator(tx: Prisma.TransactionClient, person: { id: string; role: string }, message: string): Promise<void> {
  if (person.role !== "ADMIN") return;
  const others = (await activeServiceAdministrators(tx)).filter((id) => id !== person.id);
  if (others.length === 0) throw new AppError("INVALID", message, { userId: message });
}

/**
 * Deactivating an account ends every one of its sessions at once (the next request of any open
 * page is signed out; an open live stream ends at its next session check, within 30 seconds), and
 * it can no longer sign in. Nobody deactivates themselves, nor the last service administrator.
 */
export const deactivateUser = defineUseCase({
  audit: auditActions.userDeactivated,
  permission: "user.manage",
  input: userIdInput,
  subject: (input) => input.userId,
  async run({ tx, actor, grant, input }) {
    if (input.userId === actor.userId)
      throw new AppError("INVALID", "You cannot deactivate your own account", { userId: "You cannot deactivate your own account" });
    const person = await personInScope(tx, actor, grant, input.userId);
    await requireAnotherServiceAdministrator(tx, person, "This is the last service administrator: make another one before deactivating this account");
    await tx.user.update({ where: { id: person.id }, data: { active: false } });
    const count = await endAllSessions(tx, person.id);
    return {
      result: { userId: person.id },
      audit: { detail: { userId: person.id, email: person.email, wasActive: person.active, sessionsEnded: count } },
    };
  },
});

/** Switches an account back on. It needs a new sign-in: the sessions deactivation ended stay ended. */
export const reactivateUser = defineUseCase({
  audit: auditActions.userReactivated,
  permission: "user.manage",
  input: userIdInput,
  subject: (input) => input.userId,
  async run({ tx, actor, grant, input }) {
    const person = await personInScope(tx, actor, grant, input.userId);
    if (!person.active) await tx.user.update({ where: { id: person.id }, data: { active: true } });
    return { result: { userId: person.id }, audit: { detail: { userId: person.id, email: person.email, wasActive: person.active } } };
  },
});
