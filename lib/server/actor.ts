import { cache } from "react";
import { db } from "@/lib/db";
import type { ProofingLevel } from "@/lib/domain/identity/nhs-login";
import { isRole, type Role } from "@/lib/domain/roles";
import { isUuid } from "@/lib/domain/inputs";
import { organisationBlock, type OrganisationBlock } from "@/lib/domain/organisations";
import { absoluteCutoff, isSessionId } from "./auth/sessions";

/** Who is asking, as loaded fresh from the database for this request. */
export interface Actor {
  userId: string;
  role: Role;
  name: string;
  email: string;
  organisationId: string | null;
  organisationName: string | null;
  patientId: string | null;
  /** The people this actor acts for now (open proxy links), read with the actor on every request: an ended link counts at once. */
  actsFor?: string[];
  /** NHS login sessions only: how well the person's identity was checked this session. */
  proofingLevel?: ProofingLevel;
}

/** An API client and who registered it: every audit row of its requests names both. */
export interface ApiClientIdentity {
  id: string;
  name: string;
  createdBy: { userId: string | null; name: string; role: string | null };
}

/** The actor plus where the request came from, for the audit trail. */
export interface Caller {
  actor: Actor | null;
  ip?: string | null;
  userAgent?: string | null;
  /** How the request came, when not through the app's pages: recorded in every audit row. */
  via?: "fhir-api" | "cli";
  /** FHIR API requests: the client behind the token (the actor is the client). */
  apiClient?: ApiClientIdentity;
  /** What the session said when the actor was loaded, so long-lived work (a live stream) can re-check it. */
  session?: SessionIdentity;
  /** Break glass: why this request reaches a patient outside the actor's care team (the form, or the FHIR header). */
  accessReason?: string | null;
  /** No actor because the user's organisation is suspended or has not signed the sharing agreement: the page that says so. */
  organisationBlock?: BlockedOrganisation;
}

/** Why a signed-in member of staff is nobody now: their organisation's state (lib/domain/organisations.ts). */
export interface BlockedOrganisation {
  reason: OrganisationBlock;
  organisationId: string;
}

interface UserRow {
  id: string;
  role: string;
  name: string;
  email: string;
  organisationId: string | null;
  organisation?: { name: string } | null;
  patientId: string | null;
  actsFor?: string[] | null;
}

export function toActor(user: UserRow): Actor {
  if (!isRole(user.role)) throw new Error(`Unknown role ${user.role}`);
  return {
    userId: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    organisationId: user.organisationId,
    organisationName: user.organisation?.name ?? null,
    patientId: user.patientId,
    actsFor: user.actsFor ?? [],
  };
}

/** What the session itself says about how it was signed in. */
export interface SessionIdentity {
  proofingLevel?: ProofingLevel | null;
  /** The sign-in (UserSession row) the cookie belongs to; once it has ended, so has every copy. */
  sessionId?: string | null;
  /** When that sign-in happened (ms since epoch); the session ends 12 hours later whatever the renewals. */
  signedInAt?: number | null;
}

interface ActorRow extends UserRow {
  organisationName: string | null;
  organisationStatus: string | null;
  sharingAgreementSignedOn: Date | null;
  identityProvider: string | null;
  active: boolean;
  sessionUserId: string | null;
  endedAt: Date | null;
  signedInAt: Date | null;
}

/** A session id no row has, for a read that asks for no session. */
const NO_SESSION = "00000000-0000-0000-0000-000000000000";

/** Is this sign-in (its UserSession row) still open: not signed out, not deactivated, under 12 hours old? */
export function sessionOpen(userId: string, row: { userId: string; endedAt: Date | null; signedInAt: Date } | undefined): boolean {
  return !!row && row.userId === userId && !row.endedAt && row.signedInAt > absoluteCutoff();
}

/** The actor, or nobody; and when nobody because of their organisation, which and why (for the page that explains). */
export interface ActorState {
  actor: Actor | null;
  blocked: BlockedOrganisation | null;
}

/**
 * The signed-in user as the database knows them now: deactivated accounts are nobody, and
 * when the caller names a session (every request from the app's pages does), an ended or
 * expired session is nobody too. Staff of an organisation that is suspended or has not signed
 * the data sharing agreement are nobody, whatever their session (patients, proxies and service
 * administrators belong to no organisation).
 * An NHS login account reaches its patient record only in a session proofed to P9: the link
 * stays in the database, but a P5/P0 session (or a caller that does not say) gets no
 * patientId, so every "own" grant of the policy denies it. The same holds for the people they act
 * for (docs/decisions/0075): proxy access through NHS login needs P9 too.
 */
export async function loadActorState(userId: string | undefined | null, session: SessionIdentity = {}): Promise<ActorState> {
  const nobody: ActorState = { actor: null, blocked: null };
  if (!isUuid(userId)) return nobody;
  const checksSession = session.sessionId !== undefined;
  if (checksSession && !isSessionId(session.sessionId)) return nobody;
  // One statement: the user, their organisation (name and state), the named sign-in and whom they act for (plain SQL: every request runs it).
  const rows = await db().$queryRaw<ActorRow[]>`
    SELECT u."id", u."role"::text AS "role", u."name", u."email", u."organisationId", o."name" AS "organisationName", u."patientId",
           o."status"::text AS "organisationStatus", o."sharingAgreementSignedOn",
           u."identityProvider", u."active", s."userId" AS "sessionUserId", s."endedAt", s."signedInAt",
           ARRAY(SELECT l."patientId"::text FROM "ProxyLink" l WHERE l."proxyUserId" = u."id" AND l."endedAt" IS NULL ORDER BY l."startedAt") AS "actsFor"
      FROM "User" u
      LEFT JOIN "Organisation" o ON o."id" = u."organisationId"
      LEFT JOIN "UserSession" s ON s."id" = ${checksSession ? session.sessionId! : NO_SESSION}::uuid
     WHERE u."id" = ${userId}::uuid`;
  const row = rows[0];
  const user = row && { ...row, organisation: row.organisationName === null ? null : { name: row.organisationName } };
  const signIn = row?.sessionUserId ? { userId: row.sessionUserId, endedAt: row.endedAt, signedInAt: row.signedInAt! } : undefined;
  if (!user || !user.active || !isRole(user.role)) return nobody;
  // Before the session: suspending an organisation ends its sessions, and the page must still say why.
  const block = user.organisationId
    ? organisationBlock({ status: row.organisationStatus ?? "", sharingAgreementSignedOn: row.sharingAgreementSignedOn })
    : null;
  if (block) return { actor: null, blocked: { reason: block, organisationId: user.organisationId! } };
  if (checksSession && !sessionOpen(user.id, signIn)) return nobody;
  const actor = toActor(user);
  if (user.identityProvider !== "nhs-login") return { actor, blocked: null };
  const proofingLevel = session.proofingLevel ?? "P0";
  const proofed = proofingLevel === "P9";
  return { actor: { ...actor, proofingLevel, patientId: proofed ? actor.patientId : null, actsFor: proofed ? actor.actsFor : [] }, blocked: null };
}

/** loadActorState's actor alone: for work that only needs to know whether someone is signed in. */
export async function loadActor(userId: string | undefined | null, session: SessionIdentity = {}): Promise<Actor | null> {
  return (await loadActorState(userId, session)).actor;
}

/**
 * loadActor for a session cookie, read once per request: the session callback's re-check and the
 * page's own caller (layout and page alike) share one read (React's cache; outside a render it
 * reads every time).
 */
export const loadSessionActorState = cache(
  (userId: string | undefined | null, sessionId: string | null | undefined, proofingLevel: ProofingLevel | null | undefined): Promise<ActorState> =>
    loadActorState(userId, { sessionId: sessionId ?? null, proofingLevel: proofingLevel ?? null }),
);

/** loadSessionActorState's actor alone (the same cached read). */
export async function loadSessionActor(
  userId: string | undefined | null,
  sessionId: string | null | undefined,
  proofingLevel: ProofingLevel | null | undefined,
): Promise<Actor | null> {
  return (await loadSessionActorState(userId, sessionId, proofingLevel)).actor;
}
