import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { newUserInput } from "@/lib/domain/user-accounts";
import { defineUseCase } from "../use-case";
import { fieldError, organisationFor, requireGrantable, storedRegistration } from "./grant-check";

/**
 * An administrator adds a person: a local account with no password yet (they set one through a
 * one-time link) that signs in with the role given. The role must be one the organisation's kind
 * may have; organisation administrators add people only to their own organisation.
 */
export const createUser = defineUseCase({
  audit: auditActions.userCreated,
  permission: "user.manage",
  input: newUserInput,
  async run({ tx, actor, grant, input }) {
    const organisation = await organisationFor(tx, actor, grant, input.odsCode);
    requireGrantable(grant, organisation, input.role);
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) throw fieldError("email", "Someone already has an account with this email address");
    const registration = storedRegistration(input.professionalBody, input.registrationNumber);
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, organisationId: organisation?.id ?? null, ...registration },
      select: { id: true, email: true, name: true, role: true },
    });
    return {
      result: user,
      audit: {
        subjectId: user.id,
        detail: { userId: user.id, email: user.email, role: user.role, odsCode: organisation?.odsCode ?? null, ...registration },
      },
    };
  },
});
