import { z } from "zod";
import { db } from "@/lib/db";
import { isRole, type Role } from "@/lib/domain/roles";
import { toActor, type Caller } from "../actor";
import { writeAudit } from "../audit";
import { dummyPasswordHash, verifyPassword } from "./password";

/** Sign-in throttling: per account and per IP, counted over a sliding window. */
export const throttle = {
  windowMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 20,
} as const;

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; organisationId: string | null; patientId: string | null } }
  | { ok: false; reason: "invalid" | "throttled" | "inactive" };

const credentials = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(1000),
});

export async function signInWithPassword(raw: unknown, request: Omit<Caller, "actor">): Promise<SignInResult> {
  const parsed = credentials.safeParse(raw);
  const email = parsed.success ? parsed.data.email : "";
  const password = parsed.success ? parsed.data.password : "";
  const since = new Date(Date.now() - throttle.windowMinutes * 60_000);
  const caller: Caller = { actor: null, ...request };

  const user = email ? await db().user.findUnique({ where: { email }, include: { organisation: true } }) : null;
  const ipFailures = request.ip
    ? await db().auditEvent.count({
        where: { action: "auth.signIn", outcome: "FAILURE", ip: request.ip.slice(0, 64), at: { gte: since } },
      })
    : 0;
  const accountLocked =
    !!user && user.failedSignIns >= throttle.maxFailuresPerAccount && !!user.lastFailedSignInAt && user.lastFailedSignInAt >= since;
  const throttled = accountLocked || ipFailures >= throttle.maxFailuresPerIp;

  // Always verify against some hash so response time does not say whether the account exists.
  const matches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  const reason = throttled ? "throttled" : !user || !matches ? "invalid" : !user.active || !isRole(user.role) ? "inactive" : null;

  if (reason || !user) {
    await db().$transaction(async (tx) => {
      if (user && reason !== "throttled") {
        await tx.user.update({
          where: { id: user.id },
          // Failures older than the window no longer count: the count restarts.
          data: {
            failedSignIns: user.lastFailedSignInAt && user.lastFailedSignInAt >= since ? { increment: 1 } : 1,
            lastFailedSignInAt: new Date(),
          },
        });
      }
      await writeAudit(tx, caller, "auth.signIn", "FAILURE", {
        detail: { email: email.slice(0, 254), reason: reason ?? "invalid", userId: user?.id ?? null },
      });
    });
    return { ok: false, reason: reason ?? "invalid" };
  }

  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lastFailedSignInAt: null, lastLoginAt: new Date() } });
    await writeAudit(tx, { ...caller, actor: toActor(user) }, "auth.signIn", "SUCCESS");
  });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId, patientId: user.patientId },
  };
}
