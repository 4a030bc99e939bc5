import { createHash } from "node:crypto";
import type { ConsentRecord, PatientRecord, PlanVersionRecord } from "@/lib/domain/fhir";
import { planStateToken, type PlanContent } from "@/lib/domain/plan";
import type { Prisma } from "@/lib/generated/prisma/client";
import { patientSummarySelect } from "../patients";

type Tx = Prisma.TransactionClient;

/** Rows as the FHIR mapping wants them (lib/domain/fhir/types.ts): loaded here, mapped there. */
export const patientRecordSelect = { ...patientSummarySelect, phone: true } as const satisfies Prisma.PatientSelect;

export async function loadPatientRecord(tx: Tx, patientId: string): Promise<PatientRecord | null> {
  return tx.patient.findUnique({ where: { id: patientId }, select: patientRecordSelect });
}

function latest(...dates: (Date | null)[]): Date {
  return new Date(Math.max(...dates.map((d) => d?.getTime() ?? 0)));
}

/**
 * The ETag of one version as readers see it now: the version and a hash of the shared plan
 * state token (status, date of death, last change), so a cancel or a recorded death changes
 * it without a new version. meta.versionId stays the version number.
 */
function versionEtag(version: number, token: string): string {
  return `W/"${version}-${createHash("sha256").update(token).digest("base64url").slice(0, 16)}"`;
}

/**
 * Published versions of a plan (all, or one), newest first, with the plan's status. Each
 * carries when readers last saw it change (its publish, the cancel, the recorded death: the
 * patient row's last change once a death is recorded, as there is no separate timestamp) and
 * its ETag.
 */
export async function loadVersionRecords(tx: Tx, planId: string, only?: number): Promise<PlanVersionRecord[]> {
  // One statement: the versions with their author, and the plan's state with each.
  const rows = await tx.carePlanVersion.findMany({
    where: { planId, ...(only !== undefined ? { version: only } : {}) },
    orderBy: { version: "desc" },
    select: {
      planId: true,
      version: true,
      publishedAt: true,
      content: true,
      author: { select: { name: true } },
      plan: {
        select: { status: true, patientId: true, cancelledAt: true, patient: { select: { dateOfDeath: true, updatedAt: true, sharingWithdrawnAt: true } } },
      },
    },
  });
  return rows.map((r) => {
    const { plan } = r;
    const { dateOfDeath } = plan.patient;
    const deathChange = dateOfDeath ? plan.patient.updatedAt : null;
    const lastUpdated = latest(r.publishedAt, plan.cancelledAt, deathChange);
    const { sharingWithdrawnAt } = plan.patient;
    const token = planStateToken({ version: r.version, status: plan.status, dateOfDeath, changedAt: lastUpdated, sharingWithdrawnAt });
    return {
      planId: r.planId,
      version: r.version,
      publishedAt: r.publishedAt,
      lastUpdated,
      etag: versionEtag(r.version, token),
      content: r.content as PlanContent,
      authorName: r.author.name,
      status: plan.status,
      patientId: plan.patientId,
    };
  });
}

const consentSelect = { id: true, patientId: true, basis: true, recordedAt: true, withdrawnAt: true } as const satisfies Prisma.ConsentSelect;

export async function loadConsentRecords(tx: Tx, patientId: string): Promise<ConsentRecord[]> {
  return tx.consent.findMany({ where: { patientId }, orderBy: { recordedAt: "asc" }, select: consentSelect });
}

/** One consent row with its patient's id, or null. */
export async function loadConsentRecord(tx: Tx, consentId: string): Promise<(ConsentRecord & { patientId: string }) | null> {
  return tx.consent.findUnique({ where: { id: consentId }, select: consentSelect });
}
