import { auditActions } from "@/lib/domain/audit-actions";
import { z } from "zod";
import { db } from "@/lib/db";
import { isRole, type Role } from "@/lib/domain/roles";
import { organisationBlock } from "@/lib/domain/organisations";
import { toActor, type BlockedOrganisation, type Caller } from "../actor";
import { writeAudit } from "../audit";
import { dummyPasswordHash, verifyPassword } from "./password";
import { accountKey, countAttempt, forgiveAttempt, ipKey, throttle } from "./throttle";

export { throttle };

type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; organisationId: string | null; patientId: string | null } }
  | { ok: false; reason: "invalid" | "throttled" | "inactive" }
  /** The password was right, but the person's organisation is suspended or has not signed the sharing agreement. */
  | { ok: false; reason: "organisation"; blocked: BlockedOrganisation };

const credentials = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(1000),
});

/**
 * Email and password sign-in. Order matters: the attempt is counted (atomically) first, a
 * throttled attempt stops there whether or not the email exists, and only then is a hash
 * verified. Accounts with no password (CIS2, NHS login) can never sign in with one.
 */
export async function signInWithPassword(raw: unknown, request: Omit<Caller, "actor">): Promise<SignInResult> {
  const parsed = credentials.safeParse(raw);
  const email = parsed.success ? parsed.data.email : "";
  const password = parsed.success ? parsed.data.password : "";
  const caller: Caller = { actor: null, ...request };
  const ip = request.ip ? ipKey(request.ip) : null;

  // The account first: guesses at one locked account do not use up the address's allowance
  // (which everyone behind one hospital NAT shares). An attempt that passes both is counted in both.
  const accountThrottled = !!email && (await countAttempt(accountKey(email))) > throttle.maxFailuresPerAccount;
  const throttled = accountThrottled || (!!ip && (await countAttempt(ip)) > throttle.maxFailuresPerIp);

  const user = email ? await db().user.findUnique({ where: { email }, include: { organisation: true } }) : null;
  let reason: "invalid" | "throttled" | "inactive" | null = "throttled";
  if (!throttled) {
    const storedHash = user?.passwordHash ?? null;
    // Always one verification, so response time does not say whether the account exists or has a password.
    const matches = await verifyPassword(storedHash ?? (await dummyPasswordHash()), password);
    reason = !user || !storedHash || !matches ? "invalid" : !user.active || !isRole(user.role) ? "inactive" : null;
  }

  if (reason || !user) {
    await writeAudit(db(), caller, auditActions.signIn, "FAILURE", {
      detail: { email: email.slice(0, 254), reason: reason ?? "invalid", userId: user?.id ?? null },
    });
    return { ok: false, reason: reason ?? "invalid" };
  }

  // Only once the password is right, so the answer says nothing about accounts to someone guessing.
  const block = user.organisation ? organisationBlock(user.organisation) : null;
  if (block) {
    await writeAudit(db(), caller, auditActions.signIn, "FAILURE", {
      detail: { email: email.slice(0, 254), reason: block === "suspended" ? "organisation-suspended" : "no-sharing-agreement", userId: user.id },
    });
    return { ok: false, reason: "organisation", blocked: { reason: block, organisationId: user.organisation!.id } };
  }

  await forgiveAttempt(accountKey(email), ip);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await writeAudit(tx, { ...caller, actor: toActor(user) }, auditActions.signIn, "SUCCESS");
  });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId, patientId: user.patientId },
  };
}
