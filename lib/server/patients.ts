import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { londonDay } from "@/lib/domain/london-time";
import { patientIdInput } from "@/lib/domain/inputs";
import { newPatientInput } from "@/lib/domain/patient-details";
import { patientSearchInput } from "@/lib/domain/patient-search";
import type { Prisma } from "@/lib/generated/prisma/client";
import { currentMembershipWhere, inCareTeamOf } from "./care-team";
import { AppError } from "./errors";
import { defineUseCase } from "./use-case";

const MAX_RESULTS = 50;

export const patientSummarySelect = {
  id: true,
  nhsNumber: true,
  givenName: true,
  familyName: true,
  dateOfBirth: true,
  sex: true,
  addressLine1: true,
  addressLine2: true,
  town: true,
  postcode: true,
  dateOfDeath: true,
} as const;

/** A patient's record as their page shows it: the summary, phone and GP practice. */
export const patientRecordSelect = {
  ...patientSummarySelect,
  phone: true,
  sharingWithdrawnAt: true,
  registeredPractice: { select: { name: true, odsCode: true } },
} as const;

/** The patient's record (patientRecordSelect) with their current care team, or "not found". */
export async function patientRecordOrNotFound(tx: Prisma.TransactionClient, patientId: string) {
  const careTeam = { where: currentMembershipWhere(), select: { role: true, organisation: { select: { name: true } } }, orderBy: { since: "asc" as const } };
  const patient = await tx.patient.findUnique({ where: { id: patientId }, select: { ...patientRecordSelect, careTeam } });
  if (!patient) throw new AppError("NOT_FOUND");
  return patient;
}

/** Find patients by NHS number, or by family name and date of birth. */
export const searchPatients = defineUseCase({
  audit: auditActions.patientSearched,
  permission: "patient.search",
  input: patientSearchInput,
  async run({ tx, actor, grant, input }) {
    const where: Prisma.PatientWhereInput =
      input.by === "nhs-number"
        ? { nhsNumber: input.nhsNumber }
        : {
            dateOfBirth: new Date(input.dateOfBirth),
            familyName: { equals: input.familyName, mode: "insensitive" as const },
          };
    // A care home finds only its residents: anyone else is not in the results (as if not on the system).
    const patients = await tx.patient.findMany({
      where: grant === "care-team" ? { AND: [where, inCareTeamOf(actor.organisationId!)] } : where,
      select: patientSummarySelect,
      orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
      take: MAX_RESULTS,
    });
    // The audit keeps what was searched for, not the patients' details.
    const criteria = input.by === "nhs-number" ? { nhsNumber: input.nhsNumber } : { familyName: input.familyName, dateOfBirth: input.dateOfBirth };
    return {
      result: patients,
      audit: {
        patientId: patients.length === 1 ? patients[0].id : null,
        detail: { by: input.by, ...criteria, resultCount: patients.length },
      },
    };
  },
});

/** One patient's record, for those the policy lets see it; anyone else gets "not found". */
export const getPatient = defineUseCase({
  audit: auditActions.patientViewed,
  permission: "patient.view",
  input: patientIdInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, input, requirePatient }) {
    requirePatient(input.patientId);
    const patient = await patientRecordOrNotFound(tx, input.patientId);
    return { result: patient, audit: { patientId: patient.id } };
  },
});

export type PatientSummary = Awaited<ReturnType<typeof searchPatients>>[number];

/** Adds a patient who is not on the system yet (authors, before writing their plan). */
export const addPatient = defineUseCase({
  audit: auditActions.patientAdded,
  permission: "plan.edit",
  input: newPatientInput,
  async run({ tx, actor, input }) {
    const existing = await tx.patient.findUnique({ where: { nhsNumber: input.nhsNumber }, select: { id: true } });
    if (existing) throw new AppError("INVALID", undefined, { nhsNumber: "A patient with this NHS number is already on the system: search for them instead" });
    const { practiceOdsCode, ...details } = input;
    const practice = await tx.organisation.findUnique({ where: { odsCode: practiceOdsCode }, select: { id: true, kind: true } });
    if (practice?.kind !== "GP_PRACTICE") {
      throw new AppError("INVALID", undefined, {
        practiceOdsCode: `No GP practice on this service has the ODS code ${practiceOdsCode}: check it with the person or their GP record`,
      });
    }
    const patient = await tx.patient.create({
      data: {
        ...details,
        dateOfBirth: new Date(input.dateOfBirth),
        addressLine2: input.addressLine2 || null,
        phone: input.phone || null,
        registeredPracticeId: practice.id,
      },
      select: { id: true },
    });
    // Their practice is the first member of their care team (from today), as every patient's is.
    await tx.careTeamMembership.create({
      data: {
        patientId: patient.id,
        organisationId: practice.id,
        role: "REGISTERED_PRACTICE",
        since: new Date(`${londonDay()}T00:00:00Z`),
        addedById: actor.userId,
      },
    });
    return { result: patient, audit: { patientId: patient.id, detail: { registeredPractice: practiceOdsCode } } };
  },
});
