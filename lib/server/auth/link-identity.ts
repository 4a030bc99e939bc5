import { auditActions } from "@/lib/domain/audit-actions";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { cis2AcrAccepted, nhsLoginVotAccepted } from "@/lib/domain/identity/assurance";
import { cis2ClaimsSchema, decideCis2Role, type Cis2RoleTable, type OrganisationKind } from "@/lib/domain/identity/cis2-roles";
import { decideNhsLogin, nhsLoginClaimsSchema, nhsLoginName, proofingLevel, type ProofingLevel } from "@/lib/domain/identity/nhs-login";
import { organisationBlock } from "@/lib/domain/organisations";
import type { Role } from "@/lib/domain/roles";
import { toActor, type Caller } from "../actor";
import { writeAudit } from "../audit";
import { isUniqueViolation } from "../plans/load";
import { CIS2, NHS_LOGIN, type IdentityProviderId } from "./nhs-identity-providers";
import { organisationUnavailablePath } from "./organisation-block";
import { sealRefusal } from "./refusal-token";

/**
 * After the provider has authenticated someone (tokens validated by openid-client), find or
 * create their account here by (provider, sub) and decide what it may do. Never by email:
 * an identity provider's email claim must not open an existing local account.
 */
interface LinkedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  patientId: string | null;
  /** How this session was signed in; the proofing level gates a patient's own record. */
  identity: { provider: IdentityProviderId; proofingLevel: ProofingLevel | null };
}

type LinkOutcome = { ok: true; user: LinkedUser } | { ok: false; redirect: string };

/** Reasons the /signin/refused page explains (no personal data in the address). */
export type RefusalReason = "bad-claims" | "weak-assurance" | "inactive" | "nhs-number-missing" | "details-mismatch" | "linked-elsewhere";

type Request = Omit<Caller, "actor">;

async function refuse(provider: IdentityProviderId, request: Request, reason: string, detail: Record<string, string | null> = {}): Promise<void> {
  await writeAudit(db(), { actor: null, ...request }, auditActions.signIn, "FAILURE", { detail: { provider, reason, ...detail } });
}

function refusedPage(reason: RefusalReason): LinkOutcome {
  return { ok: false, redirect: `/signin/refused?reason=${reason}` };
}

function usableEmail(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const email = value.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254 ? email : null;
}

/** An address that can never receive mail (.invalid), unique per (provider, sub). */
function syntheticEmail(provider: IdentityProviderId, sub: string): string {
  const local = /^[a-z0-9._-]{1,64}$/i.test(sub) ? sub.toLowerCase() : createHash("sha256").update(sub).digest("hex").slice(0, 32);
  return `${local}@${provider}.invalid`;
}

interface AccountFields {
  name: string;
  role: Role;
  organisationId: string | null;
  /** Set only when this sign-in proves the link (NHS login at P9); otherwise left as it is. */
  patientId?: string;
}

/** Find or create by (provider, sub), racing sign-ins included: a unique violation means look again. */
async function saveAccount(provider: IdentityProviderId, sub: string, emailClaim: string | null, fields: AccountFields) {
  const key = { identityProvider_externalId: { identityProvider: provider, externalId: sub } };
  const include = { organisation: { select: { name: true } } };
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await db().user.findUnique({ where: key });
    if (existing && !existing.active) return null;
    try {
      if (existing) {
        return await db().user.update({ where: { id: existing.id }, data: { ...fields, lastLoginAt: new Date() }, include });
      }
      // The claimed email only if no account has it (then it is only a contact detail), and only
      // on the first try: a clash while creating falls back to the synthetic address.
      const taken = !emailClaim || attempt > 0 || !!(await db().user.findUnique({ where: { email: emailClaim }, select: { id: true } }));
      return await db().user.create({
        data: {
          ...fields,
          email: taken ? syntheticEmail(provider, sub) : emailClaim!,
          identityProvider: provider,
          externalId: sub,
          passwordHash: null,
          lastLoginAt: new Date(),
        },
        include,
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }
  throw new Error(`Could not save the ${provider} account`);
}

async function signedIn(
  provider: IdentityProviderId,
  request: Request,
  user: NonNullable<Awaited<ReturnType<typeof saveAccount>>>,
  proofing: ProofingLevel | null,
  detail: Record<string, string | null>,
): Promise<LinkOutcome> {
  await writeAudit(db(), { actor: toActor(user), ...request }, auditActions.signIn, "SUCCESS", {
    patientId: user.patientId && proofing === "P9" ? user.patientId : null,
    detail: { provider, ...detail },
  });
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      organisationId: user.organisationId,
      patientId: proofing === "P9" || provider === CIS2 ? user.patientId : null,
      identity: { provider, proofingLevel: proofing },
    },
  };
}

/** CIS2: the selected role, mapped through the role table, at an organisation we know. */
export async function linkCis2Identity(raw: unknown, table: Cis2RoleTable, request: Request): Promise<LinkOutcome> {
  const parsed = cis2ClaimsSchema.safeParse(raw);
  if (!parsed.success) {
    await refuse(CIS2, request, "bad-claims");
    return refusedPage("bad-claims");
  }
  const claims = parsed.data;
  // The authentication must be as strong as asked (acr_values AAL2_OR_AAL3_ANY).
  if (!cis2AcrAccepted((raw as Record<string, unknown>).acr)) {
    await refuse(CIS2, request, "weak-assurance", { sub: claims.sub, acr: String((raw as Record<string, unknown>).acr ?? "").slice(0, 60) });
    return refusedPage("weak-assurance");
  }
  const odsCodes = [...new Set(claims.nhsid_nrbac_roles?.map((r) => r.org_code.toUpperCase()) ?? [])];
  const organisations = await db().organisation.findMany({
    where: { odsCode: { in: odsCodes } },
    select: { id: true, odsCode: true, kind: true, status: true, sharingAgreementSignedOn: true },
  });
  const byOds = new Map(organisations.map((o) => [o.odsCode, o]));
  const decision = decideCis2Role(claims, table, (ods) => (byOds.get(ods)?.kind as OrganisationKind | undefined) ?? null);
  const selected = decision.selected;
  const roleDetail = {
    sub: claims.sub,
    selectedRoleId: claims.selected_roleid ?? null,
    jobRoleCode: selected?.jobRoleCode ?? null,
    odsCode: selected?.odsCode ?? null,
  };

  if (!decision.ok) {
    await refuse(CIS2, request, decision.reason, roleDetail);
    const sealed = await sealRefusal({
      reason: decision.reason,
      roleName: selected?.roleName ?? null,
      jobRoleCode: selected?.jobRoleCode ?? null,
      organisationName: selected?.organisationName ?? null,
      odsCode: selected?.odsCode ?? null,
    });
    return { ok: false, redirect: `/signin/no-role?r=${encodeURIComponent(sealed)}` };
  }

  // The organisation must be active and have signed the sharing agreement (the same rule as every request's).
  const organisation = byOds.get(decision.odsCode)!;
  const block = organisationBlock(organisation);
  if (block) {
    await refuse(CIS2, request, block === "suspended" ? "organisation-suspended" : "no-sharing-agreement", roleDetail);
    return { ok: false, redirect: await organisationUnavailablePath({ reason: block, organisationId: organisation.id }) };
  }

  const raws = raw as Record<string, unknown>;
  const name = [raws.name, [raws.given_name, raws.family_name].filter(Boolean).join(" ")].find((n) => typeof n === "string" && n.trim()) as string | undefined;
  const user = await saveAccount(CIS2, claims.sub, usableEmail(raws.email), {
    name: (name ?? "CIS2 user").trim().slice(0, 200),
    // Per session: whatever role was selected this time replaces the last one.
    role: decision.role,
    organisationId: byOds.get(decision.odsCode)!.id,
  });
  if (!user) {
    await refuse(CIS2, request, "inactive", roleDetail);
    return refusedPage("inactive");
  }
  return signedIn(CIS2, request, user, null, { jobRoleCode: selected!.jobRoleCode, odsCode: decision.odsCode });
}

/**
 * NHS login: P9 links the account to the patient with that NHS number; below P9, or at P9 with no
 * record here (someone who only acts for others), signs in with no record.
 */
export async function linkNhsLoginIdentity(raw: unknown, request: Request): Promise<LinkOutcome> {
  const parsed = nhsLoginClaimsSchema.safeParse(raw);
  if (!parsed.success) {
    await refuse(NHS_LOGIN, request, "bad-claims");
    return refusedPage("bad-claims");
  }
  const claims = parsed.data;
  // The vector of trust must be one asked for and agree with the proofing level claimed.
  const vot = (raw as Record<string, unknown>).vot;
  if (!nhsLoginVotAccepted(vot, claims.identity_proofing_level)) {
    await refuse(NHS_LOGIN, request, "weak-assurance", {
      sub: claims.sub,
      vot: String(vot ?? "").slice(0, 60),
      proofingLevel: claims.identity_proofing_level ?? null,
    });
    return refusedPage("weak-assurance");
  }
  const decision = decideNhsLogin(claims);
  const base = { name: nhsLoginName(claims), role: "PATIENT" as const, organisationId: null };
  const email = usableEmail(claims.email);

  if (decision.kind === "refused") {
    await refuse(NHS_LOGIN, request, decision.reason, { sub: claims.sub });
    return refusedPage(decision.reason);
  }
  if (decision.kind === "unverified") {
    // Nothing is looked up for an unverified NHS number: not even whether we hold a plan.
    const user = await saveAccount(NHS_LOGIN, claims.sub, email, base);
    if (!user) {
      await refuse(NHS_LOGIN, request, "inactive", { sub: claims.sub });
      return refusedPage("inactive");
    }
    return signedIn(NHS_LOGIN, request, user, decision.proofingLevel, { proofingLevel: decision.proofingLevel });
  }

  const detail = { sub: claims.sub, nhsNumber: decision.nhsNumber, proofingLevel: proofingLevel(claims.identity_proofing_level) };
  const patient = await db().patient.findUnique({
    where: { nhsNumber: decision.nhsNumber },
    include: { user: { select: { identityProvider: true, externalId: true } } },
  });
  if (!patient) {
    // No plan of their own here, but they may act for someone (a carer, an attorney, a parent): they
    // sign in as themselves, with no record; only open proxy links give them anything (loadActor).
    const user = await saveAccount(NHS_LOGIN, claims.sub, email, base);
    if (!user) {
      await refuse(NHS_LOGIN, request, "inactive", detail);
      return refusedPage("inactive");
    }
    return signedIn(NHS_LOGIN, request, user, "P9", { proofingLevel: "P9", noRecordHere: "true" });
  }
  // A second check on the link: the verified date of birth must match the record's.
  if (decision.birthdate && patient.dateOfBirth.toISOString().slice(0, 10) !== decision.birthdate) {
    await refuse(NHS_LOGIN, request, "details-mismatch", detail);
    return refusedPage("details-mismatch");
  }
  if (patient.user && !(patient.user.identityProvider === NHS_LOGIN && patient.user.externalId === claims.sub)) {
    await refuse(NHS_LOGIN, request, "linked-elsewhere", detail);
    return refusedPage("linked-elsewhere");
  }
  let user;
  try {
    user = await saveAccount(NHS_LOGIN, claims.sub, email, { ...base, patientId: patient.id });
  } catch (e) {
    // Another account took this patient between the check and the save.
    if (!/Could not save/.test((e as Error).message)) throw e;
    await refuse(NHS_LOGIN, request, "linked-elsewhere", detail);
    return refusedPage("linked-elsewhere");
  }
  if (!user) {
    await refuse(NHS_LOGIN, request, "inactive", detail);
    return refusedPage("inactive");
  }
  return signedIn(NHS_LOGIN, request, user, "P9", { proofingLevel: "P9" });
}
