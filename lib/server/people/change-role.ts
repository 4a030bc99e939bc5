import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { isOrganisationKind } from "@/lib/domain/organisations";
import { changeRoleInput } from "@/lib/domain/user-accounts";
import { AppError } from "../errors";
import { requireAnotherServiceAdministrator } from "../users";
import { defineUseCase } from "../use-case";
import { fieldError, requireGrantable, storedRegistration } from "./grant-check";
import { personInScope, requireStaffAccount } from "./scope";

/**
 * A new role (and the registration it needs) for someone in the administrator's scope, one the
 * organisation's kind may have. It applies at their next request: every request re-reads the role.
 */
export const changeUserRole = defineUseCase({
  audit: auditActions.userRoleChanged,
  permission: "user.manage",
  input: changeRoleInput,
  subject: (input) => input.userId,
  async run({ tx, actor, grant, input }) {
    const person = await personInScope(tx, actor, grant, input.userId);
    requireStaffAccount(person);
    if (person.id === actor.userId) throw fieldError("role", "You cannot change your own role: ask another administrator");
    const organisation = person.organisation;
    if (organisation && !isOrganisationKind(organisation.kind)) throw new AppError("INVALID");
    requireGrantable(grant, organisation, input.role);
    if (input.role !== "ADMIN") await requireAnotherServiceAdministrator(tx, person, "This is the last service administrator: make another one first");
    const registration = storedRegistration(input.professionalBody, input.registrationNumber);
    await tx.user.update({ where: { id: person.id }, data: { role: input.role, ...registration } });
    return {
      result: { userId: person.id, role: input.role },
      audit: { detail: { userId: person.id, email: person.email, from: person.role, to: input.role, ...registration } },
    };
  },
});
