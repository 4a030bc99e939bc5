import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { noInput } from "@/lib/domain/inputs";
import { inCareTeamOf } from "./care-team";
import { patientSummarySelect } from "./patients";
import { defineUseCase } from "./use-case";

/** A care home has up to a few hundred residents; a longer list says it was cut (search finds the rest). */
export const MAX_CARE_TEAM_PATIENTS = 300;

/**
 * The people whose current care team includes the actor's organisation: a care home's residents.
 * Finding people, like search (no reason needed); audited with how many were listed, not who.
 */
export const listCareTeamPatients = defineUseCase({
  audit: auditActions.careTeamPatientsListed,
  permission: "patient.search",
  input: noInput,
  async run({ tx, actor }) {
    if (!actor.organisationId) return { result: { patients: [], more: false }, audit: { detail: { resultCount: 0 } } };
    const rows = await tx.patient.findMany({
      where: { ...inCareTeamOf(actor.organisationId), dateOfDeath: null },
      select: { ...patientSummarySelect, plan: { select: { status: true, publishedVersion: true } } },
      orderBy: [{ familyName: "asc" }, { givenName: "asc" }, { id: "asc" }],
      take: MAX_CARE_TEAM_PATIENTS + 1,
    });
    const patients = rows.slice(0, MAX_CARE_TEAM_PATIENTS);
    return { result: { patients, more: rows.length > MAX_CARE_TEAM_PATIENTS }, audit: { detail: { resultCount: patients.length } } };
  },
});
