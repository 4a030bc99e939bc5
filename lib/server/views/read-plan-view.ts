import "server-only";
import type { Patient } from "@/lib/generated/prisma/client";
import { auditActions } from "@/lib/domain/audit-actions";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PlanStateRow } from "./plan-state";

/**
 * The emergency view's read in one statement: the patient, their plan, its current version and
 * author, and the version this reader last viewed (through the partial index on the audit trail,
 * so its cost does not grow with the trail). Plain SQL: it runs on every summary, and Prisma's
 * nested read costs several times the CPU of the same SQL (docs/performance.md).
 */
interface PlanViewRow {
  patient: Patient;
  plan: {
    id: string;
    status: "DRAFT" | "ACTIVE" | "CANCELLED";
    publishedVersion: number;
    reviewDate: Date | null;
    cancelReason: string | null;
    cancelledAt: Date | null;
  } | null;
  current: { version: number; content: unknown; publishedAt: Date; authorRole: string; author: string } | null;
  /** The latest version this reader viewed, if any. */
  lastSeen: number | null;
  state: PlanStateRow;
}

interface Raw {
  id: string;
  nhsNumber: string;
  givenName: string;
  familyName: string;
  dateOfBirth: Date;
  sex: Patient["sex"];
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
  phone: string | null;
  registeredPracticeId: string | null;
  dateOfDeath: Date | null;
  placeOfDeath: string | null;
  diedAtPreferredPlace: boolean | null;
  sharingWithdrawnAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  planId: string | null;
  planStatus: "DRAFT" | "ACTIVE" | "CANCELLED" | null;
  publishedVersion: number | null;
  reviewDate: Date | null;
  cancelReason: string | null;
  cancelledAt: Date | null;
  version: number | null;
  content: unknown;
  publishedAt: Date | null;
  authorRole: string | null;
  authorName: string | null;
  lastSeen: number | null;
}

// A literal, not a parameter, so the planner matches the partial index on this action.
const viewedLiteral = Prisma.raw(`'${auditActions.planViewed}'`);

export async function readPlanView(tx: Pick<Prisma.TransactionClient, "$queryRaw">, patientId: string, readerId: string): Promise<PlanViewRow | null> {
  const rows = await tx.$queryRaw<Raw[]>`
    SELECT p."id", p."nhsNumber", p."givenName", p."familyName", p."dateOfBirth", p."sex"::text AS "sex", p."addressLine1", p."addressLine2",
           p."town", p."postcode", p."phone", p."registeredPracticeId", p."dateOfDeath", p."placeOfDeath", p."diedAtPreferredPlace",
           p."sharingWithdrawnAt", p."createdAt", p."updatedAt",
           c."id" AS "planId", c."status"::text AS "planStatus", c."publishedVersion", c."reviewDate", c."cancelReason", c."cancelledAt",
           v."version", v."content", v."publishedAt", v."authorRole"::text AS "authorRole", a."name" AS "authorName",
           (SELECT e."version" FROM "AuditEvent" e
             WHERE e."actorId" = ${readerId}::uuid AND e."planId" = c."id" AND e."action" = ${viewedLiteral}
               AND e."outcome" = 'SUCCESS' AND e."version" IS NOT NULL
             ORDER BY e."id" DESC LIMIT 1) AS "lastSeen"
      FROM "Patient" p
      LEFT JOIN "CarePlan" c ON c."patientId" = p."id"
      LEFT JOIN LATERAL (SELECT * FROM "CarePlanVersion" cv WHERE cv."planId" = c."id" ORDER BY cv."version" DESC LIMIT 1) v ON true
      LEFT JOIN "User" a ON a."id" = v."authorId"
     WHERE p."id" = ${patientId}::uuid`;
  const r = rows[0];
  if (!r) return null;
  const plan = r.planId
    ? {
        id: r.planId,
        status: r.planStatus!,
        publishedVersion: r.publishedVersion!,
        reviewDate: r.reviewDate,
        cancelReason: r.cancelReason,
        cancelledAt: r.cancelledAt,
      }
    : null;
  const current =
    r.version !== null ? { version: r.version, content: r.content, publishedAt: r.publishedAt!, authorRole: r.authorRole!, author: r.authorName ?? "" } : null;
  const patient: Patient = {
    id: r.id,
    nhsNumber: r.nhsNumber,
    givenName: r.givenName,
    familyName: r.familyName,
    dateOfBirth: r.dateOfBirth,
    sex: r.sex,
    addressLine1: r.addressLine1,
    addressLine2: r.addressLine2,
    town: r.town,
    postcode: r.postcode,
    phone: r.phone,
    registeredPracticeId: r.registeredPracticeId,
    dateOfDeath: r.dateOfDeath,
    placeOfDeath: r.placeOfDeath,
    diedAtPreferredPlace: r.diedAtPreferredPlace,
    sharingWithdrawnAt: r.sharingWithdrawnAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
  const state: PlanStateRow = {
    dateOfDeath: r.dateOfDeath,
    sharingWithdrawnAt: r.sharingWithdrawnAt,
    plan: plan && {
      status: plan.status,
      publishedVersion: plan.publishedVersion,
      cancelledAt: plan.cancelledAt,
      versions: current ? [{ publishedAt: current.publishedAt }] : [],
    },
  };
  return { patient, plan, current, lastSeen: r.lastSeen, state };
}
