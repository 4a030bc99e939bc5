import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { noInput } from "@/lib/domain/inputs";
import { deactivateUserInput } from "@/lib/domain/user-accounts";
import { endAllSessions } from "./auth/sessions";
import { AppError } from "./errors";
import { defineUseCase } from "./use-case";

/** Administrators' list of accounts, with role, organisation and state. */
export const listUsers = defineUseCase({
  audit: auditActions.usersListed,
  permission: "admin.manage",
  input: noInput,
  async run({ tx }) {
    const users = await tx.user.findMany({
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        lastLoginAt: true,
        organisation: { select: { name: true, odsCode: true } },
      },
      orderBy: [{ role: "asc" }, { email: "asc" }],
      take: 500,
    });
    return { result: users };
  },
});

/** Deactivating an account ends every one of its sessions at once, and it can no longer sign in. */
export const deactivateUser = defineUseCase({
  audit: auditActions.userDeactivated,
  permission: "admin.manage",
  input: deactivateUserInput,
  async run({ tx, actor, input }) {
    if (input.userId === actor.userId) throw new AppError("INVALID", "You cannot deactivate your own account");
    const { count } = await tx.user.updateMany({ where: { id: input.userId }, data: { active: false } });
    if (count === 0) throw new AppError("NOT_FOUND");
    await endAllSessions(tx, input.userId);
    return { result: { userId: input.userId }, audit: { detail: { userId: input.userId } } };
  },
});
