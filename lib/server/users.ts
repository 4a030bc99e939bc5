import "server-only";
import { z } from "zod";
import { endAllSessions } from "./auth/sessions";
import { AppError } from "./errors";
import { defineUseCase } from "./use-case";

/** Administrators' list of accounts, with role, organisation and state. */
export const listUsers = defineUseCase({
  name: "admin.users.list",
  action: "admin.manage",
  input: z.object({}),
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
  name: "admin.users.deactivate",
  action: "admin.manage",
  input: z.object({ userId: z.uuid() }),
  async run({ tx, actor, input }) {
    if (input.userId === actor.userId) throw new AppError("INVALID", "You cannot deactivate your own account");
    const { count } = await tx.user.updateMany({ where: { id: input.userId }, data: { active: false } });
    if (count === 0) throw new AppError("NOT_FOUND");
    await endAllSessions(tx, input.userId);
    return { result: { userId: input.userId }, audit: { detail: { userId: input.userId } } };
  },
});
