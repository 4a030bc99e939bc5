import type { PlanContent, ViewGrants } from "../plan";

/** Inputs: plain objects shaped like our Prisma rows, so the mapping stays pure (no I/O). */

export type SexCode = "FEMALE" | "MALE" | "OTHER" | "UNKNOWN";
export type PlanStatusCode = "ACTIVE" | "CANCELLED" | "DRAFT";
export type ConsentBasisCode = "EXPLICIT_CONSENT" | "LASTING_POWER_OF_ATTORNEY" | "BEST_INTERESTS";

export interface PatientRecord {
  id: string;
  nhsNumber: string;
  givenName: string;
  familyName: string;
  dateOfBirth: Date;
  sex: SexCode;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
  phone: string | null;
  dateOfDeath: Date | null;
}

/** One published version of a plan (CarePlanVersion with its plan's status and author's name). */
export interface PlanVersionRecord {
  planId: string;
  version: number;
  publishedAt: Date;
  /** When readers last saw it change (a cancel or death changes an old version's status too); default publishedAt. */
  lastUpdated?: Date;
  /** Its HTTP ETag, computed by the server from the plan state; default W/"<version>". */
  etag?: string;
  content: PlanContent;
  authorName: string;
  status: PlanStatusCode;
  patientId: string;
}

export interface ConsentRecord {
  id: string;
  basis: ConsentBasisCode;
  recordedAt: Date;
  withdrawnAt: Date | null;
}

/** What the reader may see (the same grants the UI uses: lib/domain/plan/role-view.ts). */
export type { ViewGrants };
