import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { toFormValues, type PlanContent } from "@/lib/domain/plan";
import type { Role } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toActor, type Caller } from "@/lib/server/actor";
import { AppError } from "@/lib/server/errors";
import { openDraft } from "@/lib/server/plans/drafts";
import { publishContent } from "@/lib/server/plans/publish-content";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import { uniqueNhsNumber } from "./nhs-numbers";

/**
 * Integration tests' callers and records: real rows (audit rows, grants and foreign keys name
 * them), each unique, so tests never share state through the database they share.
 */

/** A caller signed in as a new user with this role, in this organisation, linked to this patient record. */
export async function newCaller(
  role: Role,
  organisationId: string | null = null,
  patientId: string | null = null,
  extra: Omit<Caller, "actor"> = {},
): Promise<Caller> {
  const user = await db().user.create({
    data: { email: `${role.toLowerCase()}-${randomUUID()}@example.org`, name: `Test ${role}`, role, organisationId, patientId },
    include: { organisation: { select: { name: true } } },
  });
  return { actor: toActor(user), ip: "127.0.0.1", ...extra };
}

/** A new organisation with a unique ODS code, admitted to the service (sharing agreement signed) unless `data` says otherwise. */
export async function newOrganisation(
  kind: Prisma.OrganisationCreateInput["kind"],
  name = "Test Organisation",
  data: Partial<Prisma.OrganisationCreateInput> = {},
) {
  return db().organisation.create({
    data: { odsCode: `T${randomUUID().slice(0, 6).toUpperCase()}`, name, kind, sharingAgreementSignedOn: new Date("2026-01-05"), ...data },
  });
}

/**
 * A new patient with a unique test NHS number; `data` overrides the made-up demographics. A
 * registered practice is also their care team's first member, as adding a patient makes it.
 */
export async function newPatient(data: Partial<Prisma.PatientUncheckedCreateInput> = {}) {
  const patient = await db().patient.create({
    data: {
      nhsNumber: await uniqueNhsNumber(),
      givenName: "Test",
      familyName: "Patient",
      dateOfBirth: new Date("1940-01-01"),
      sex: "FEMALE",
      addressLine1: "1 Test Road",
      town: "London",
      postcode: "SE5 8JA",
      ...data,
    },
  });
  if (patient.registeredPracticeId) await addCareTeamMember(patient.id, patient.registeredPracticeId, "REGISTERED_PRACTICE");
  return patient;
}

/** A care team membership, current unless the dates say otherwise (since: a day in 2020). */
export async function addCareTeamMember(
  patientId: string,
  organisationId: string,
  role: Prisma.CareTeamMembershipUncheckedCreateInput["role"],
  dates: { since?: string; until?: string | null; endedAt?: Date | null } = {},
) {
  return db().careTeamMembership.create({
    data: {
      patientId,
      organisationId,
      role,
      since: new Date(`${dates.since ?? "2020-01-01"}T00:00:00Z`),
      until: dates.until ? new Date(`${dates.until}T00:00:00Z`) : null,
      endedAt: dates.endedAt ?? null,
    },
  });
}

/** "OK" when the work succeeds, else the AppError's code (any other error is rethrown). */
export async function resultCode(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "OK";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

/** Opens the patient's plan and publishes version 1 with this content, as `author`. */
export async function publishFirstVersion(author: Caller, patientId: string, content: PlanContent = demoPlanContent()[0]): Promise<{ planId: string }> {
  const draft = await openDraft(author, { patientId });
  await publishContent(author, { planId: draft.planId, baseVersion: 0, content: toFormValues(content) });
  return { planId: draft.planId };
}
