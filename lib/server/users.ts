import "server-only";
import { z } from "zod";
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
