import "server-only";
import { grantProblem } from "@/lib/domain/organisation-roles";
import { isOrganisationKind } from "@/lib/domain/organisations";
import type { Grant } from "@/lib/domain/policy";
import { normaliseRegistrationNumber, type ProfessionalBody } from "@/lib/domain/professional-registration";
import type { Role } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { AppError } from "../errors";

type Tx = Prisma.TransactionClient;

export interface TargetOrganisation {
  id: string;
  name: string;
  odsCode: string;
  kind: string;
}

/**
 * The organisation a new account joins: an organisation administrator's own (whatever was sent:
 * another code is refused), or the one a service administrator named by ODS code (none for a
 * service administrator).
 */
export async function organisationFor(tx: Tx, actor: Actor, grant: Exclude<Grant, "none">, odsCode: string | undefined): Promise<TargetOrganisation | null> {
  if (grant === "organisation") {
    const own = await tx.organisation.findUniqueOrThrow({ where: { id: actor.organisationId! }, select: { id: true, name: true, odsCode: true, kind: true } });
    if (odsCode && odsCode !== own.odsCode) throw fieldError("odsCode", `You can add people only to your own organisation, ${own.name} (${own.odsCode})`);
    return own;
  }
  if (!odsCode) return null;
  const org = await tx.organisation.findUnique({ where: { odsCode }, select: { id: true, name: true, odsCode: true, kind: true } });
  if (!org) throw fieldError("odsCode", `No organisation has the ODS code ${odsCode}`);
  return org;
}

/** The server's check that this administrator may give this role at this organisation (organisation-roles.ts). */
export function requireGrantable(grant: Exclude<Grant, "none">, organisation: TargetOrganisation | null, role: Role): void {
  const kind = organisation && isOrganisationKind(organisation.kind) ? organisation.kind : null;
  if (organisation && !kind) throw fieldError("role", `${organisation.name} is of a kind that has no staff roles here`);
  const problem = grantProblem(grant === "all", kind, role);
  if (problem) throw fieldError(problem.field, problem.message);
}

export function fieldError(field: string, message: string): AppError {
  return new AppError("INVALID", message, { [field]: message });
}

/** How a registration is stored: the body and the number without spaces (none for roles that have none). */
export function storedRegistration(body: ProfessionalBody | undefined, number: string | undefined) {
  return { professionalBody: body ?? null, professionalRegistration: body && number ? normaliseRegistrationNumber(number) : null };
}
