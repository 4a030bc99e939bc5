import "server-only";
import type { Grant } from "@/lib/domain/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { AppError } from "../errors";

type Tx = Prisma.TransactionClient;

/** The people an administrator may see and act on: everyone, or their own organisation's accounts. */
export function peopleScope(actor: Actor, grant: Exclude<Grant, "none">): Prisma.UserWhereInput {
  if (grant === "all") return {};
  if (grant === "organisation" && actor.organisationId) return { organisationId: actor.organisationId };
  return { id: { in: [] } };
}

export const personSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  lastLoginAt: true,
  createdAt: true,
  identityProvider: true,
  professionalBody: true,
  professionalRegistration: true,
  organisationId: true,
  passwordHash: true,
  organisation: { select: { id: true, name: true, odsCode: true, kind: true } },
} as const satisfies Prisma.UserSelect;

export type PersonRow = Prisma.UserGetPayload<{ select: typeof personSelect }>;

/**
 * One account, if the administrator may act on it. Outside their scope it is "not found", the
 * same answer as an id nobody has, so an organisation administrator learns nothing of other
 * organisations' staff (the wrapper audits the refusal as DENIED, naming the subject).
 */
export async function personInScope(tx: Tx, actor: Actor, grant: Exclude<Grant, "none">, userId: string): Promise<PersonRow> {
  const person = await tx.user.findFirst({ where: { id: userId, ...peopleScope(actor, grant) }, select: personSelect });
  if (!person) throw new AppError("NOT_FOUND");
  return person;
}

/** Patients and proxies have their own journeys (their record, their proxy link): their role is not set here. */
export function requireStaffAccount(person: PersonRow): void {
  if (person.role === "PATIENT" || person.role === "PROXY") {
    throw new AppError("INVALID", "This is a patient's or proxy's account: its role cannot be changed here", {
      role: "This is a patient's or proxy's account: its role cannot be changed here",
    });
  }
}
