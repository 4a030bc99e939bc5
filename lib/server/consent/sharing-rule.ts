import "server-only";
import { mayRecordConsent, type Grant } from "@/lib/domain/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { careOrganisationIds } from "../care-team";
import { AppError } from "../errors";

const NOT_CARE_TEAM = "Only the person, or an author in their care team, can record their decision about sharing their care plan";

/** The policy's consent rule (mayRecordConsent) for this actor and patient, or FORBIDDEN (audited by the wrapper). */
export async function requireConsentRecorder(tx: Prisma.TransactionClient, actor: Actor, grant: Grant, patientId: string): Promise<"person" | "care-team"> {
  if (grant === "own") {
    if (!mayRecordConsent(actor, grant, new Set())) throw new AppError("FORBIDDEN", NOT_CARE_TEAM);
    return "person";
  }
  const careTeam = await careOrganisationIds(tx, patientId);
  if (!mayRecordConsent(actor, grant, careTeam)) throw new AppError("FORBIDDEN", NOT_CARE_TEAM);
  return "care-team";
}
