import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { userIdInput } from "@/lib/domain/user-accounts";
import { defineUseCase } from "../use-case";
import { fieldError } from "./grant-check";
import { resetLinkSender } from "./reset-link-sender";
import { hashResetToken, newResetToken, RESET_LINK_HOURS, resetLinkUrl } from "./reset-token";
import { personInScope } from "./scope";

export interface IssuedResetLink {
  userId: string;
  /** Shown once to the administrator; only its SHA-256 hash is stored. */
  token: string;
  url: string;
  expiresAt: Date;
}

/**
 * A one-time link for a local account to set its password (a new person's first, or a forgotten
 * one). Any earlier unused link of theirs stops working: only the newest is live.
 */
export const issuePasswordReset = defineUseCase({
  audit: auditActions.passwordResetIssued,
  permission: "user.manage",
  input: userIdInput,
  subject: (input) => input.userId,
  async run({ tx, actor, grant, input }) {
    const person = await personInScope(tx, actor, grant, input.userId);
    if (person.identityProvider) throw fieldError("userId", "This account signs in with CIS2 or NHS login: it has no password here");
    if (!person.active) throw fieldError("userId", "This account is deactivated: reactivate it first");
    const now = new Date();
    const superseded = await tx.passwordResetToken.updateMany({ where: { userId: person.id, usedAt: null }, data: { usedAt: now } });
    const token = newResetToken();
    const expiresAt = new Date(now.getTime() + RESET_LINK_HOURS * 3600_000);
    const row = await tx.passwordResetToken.create({ data: { userId: person.id, tokenHash: hashResetToken(token), createdById: actor.userId, expiresAt } });
    const url = resetLinkUrl(token);
    await resetLinkSender().linkIssued({ userId: person.id, email: person.email, name: person.name, url, expiresAt });
    const result: IssuedResetLink = { userId: person.id, token, url, expiresAt };
    return {
      result,
      audit: {
        detail: { userId: person.id, email: person.email, resetTokenId: row.id, expiresAt: expiresAt.toISOString(), supersededLinks: superseded.count },
      },
    };
  },
});
