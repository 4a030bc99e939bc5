import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { passwordProblem, RESET_TOKEN_PATTERN, setPasswordInput } from "@/lib/domain/user-accounts";
import { db } from "@/lib/db";
import { toActor, type Caller } from "../actor";
import { writeAudit } from "../audit";
import { AppError } from "../errors";
import { hashResetToken } from "../people/reset-token";
import { parseInput } from "../use-case";
import { hashPassword } from "./password";
import { endAllSessions } from "./sessions";

/**
 * The one-time link's side, like sign-in outside the use-case wrapper: whoever holds the link is
 * not signed in, and the link itself is what proves who they are. Each use and refusal is audited.
 */
export const RESET_LINK_UNUSABLE = "This link has expired or has already been used. Ask your administrator for a new one";

type Unusable = "unknown" | "used" | "expired" | "inactive" | "not-local";

async function findLink(token: string) {
  if (!RESET_TOKEN_PATTERN.test(token)) return { problem: "unknown" as Unusable, link: null };
  const link = await db().passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    include: { user: { include: { organisation: { select: { name: true } } } } },
  });
  const problem: Unusable | null = !link
    ? "unknown"
    : link.usedAt
      ? "used"
      : link.expiresAt <= new Date()
        ? "expired"
        : !link.user.active
          ? "inactive"
          : link.user.identityProvider
            ? "not-local"
            : null;
  return { problem, link };
}

async function refuse(request: Omit<Caller, "actor">, problem: Unusable, link: { id: string; userId: string } | null): Promise<never> {
  await writeAudit(db(), { actor: null, ...request }, auditActions.passwordResetUsed, "FAILURE", {
    subjectId: link?.userId ?? null,
    detail: { reason: problem, resetTokenId: link?.id ?? null },
  });
  throw new AppError("NOT_FOUND", RESET_LINK_UNUSABLE);
}

/** For the page: whose link it is, or "not found" (audited) when it cannot be used. Does not use it up. */
export async function checkResetLink(token: string, request: Omit<Caller, "actor">): Promise<{ name: string; email: string }> {
  const { problem, link } = await findLink(token);
  if (problem || !link) return refuse(request, problem ?? "unknown", link);
  return { name: link.user.name, email: link.user.email };
}

/**
 * Sets the password with a link: at most once (the link is claimed in the same transaction as the
 * new hash, so two uses at once cannot both win), and every session of the account ends.
 * A password that breaks the rules leaves the link usable, with the problem at its field.
 */
export async function setPasswordWithLink(raw: unknown, request: Omit<Caller, "actor">): Promise<{ email: string }> {
  const input = parseInput(setPasswordInput, raw);
  const { problem, link } = await findLink(input.token);
  if (problem || !link) return refuse(request, problem ?? "unknown", link);
  const weak = passwordProblem(input.password, link.user.email);
  if (weak) throw new AppError("INVALID", weak, { password: weak });
  const passwordHash = await hashPassword(input.password);
  const actor = toActor(link.user);
  const claimed = await db().$transaction(async (tx) => {
    const { count } = await tx.passwordResetToken.updateMany({
      where: { id: link.id, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (count !== 1) return false;
    await tx.user.update({ where: { id: link.userId }, data: { passwordHash } });
    const sessionsEnded = await endAllSessions(tx, link.userId);
    await writeAudit(tx, { actor, ...request }, auditActions.passwordResetUsed, "SUCCESS", {
      subjectId: link.userId,
      detail: { resetTokenId: link.id, sessionsEnded },
    });
    return true;
  });
  if (!claimed) return refuse(request, "used", link);
  return { email: link.user.email };
}
