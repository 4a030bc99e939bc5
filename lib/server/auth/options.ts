import { auditActions } from "@/lib/domain/audit-actions";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { safeCallbackPath } from "@/lib/domain/safe-redirect";
import { loadActor, loadSessionActor } from "../actor";
import { writeAudit } from "../audit";
import { requestInfo } from "../request-info";
import { identityConfig } from "./identity-config";
import { linkCis2Identity, linkNhsLoginIdentity } from "./link-identity";
import { CIS2, cis2Provider, NHS_LOGIN, nhsLoginProvider } from "./nhs-identity-providers";
import { absoluteCutoff, endSession, SESSION_IDLE_SECONDS, startSession } from "./sessions";
import { organisationUnavailablePath } from "./organisation-block";
import { signInWithPassword } from "./sign-in";

export { SESSION_IDLE_SECONDS };
/** A deactivated account or ended session is locked out within this long, even if its cookie is fresh. */
const RECHECK_MS = 60_000;

/** Request details for the audit trail; none outside a request (tests call the callbacks directly). */
async function currentRequest() {
  try {
    return requestInfo(await headers());
  } catch {
    return { ip: null, userAgent: null };
  }
}

const identity = identityConfig();

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: 0 },
  jwt: { maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/signin", signOut: "/signout", error: "/signin" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: {
        email: { label: "Email address", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const result = await signInWithPassword(credentials, requestInfo(req?.headers));
        if (result.ok) return result.user;
        // The message becomes the `error` the sign-in page explains.
        if (result.reason === "throttled") throw new Error("Throttled");
        // The sign-in form goes to this address: the page that says why and whom to ask.
        if (result.reason === "organisation") throw new Error(await organisationUnavailablePath(result.blocked));
        return null;
      },
    }),
    // NHS identities, each only when configured (see README "Sign in with NHS identities").
    ...(identity.cis2 ? [cis2Provider(identity.cis2)] : []),
    ...(identity.nhsLogin ? [nhsLoginProvider(identity.nhsLogin)] : []),
  ],
  callbacks: {
    /**
     * For NHS identities: link the provider's account to ours (or refuse, with a page that says
     * why). next-auth hands this same `user` object to the jwt callback, so the linked account
     * replaces the bare profile here.
     */
    async signIn({ user, account, profile }) {
      if (account?.provider === "credentials") return true;
      const request = await currentRequest();
      const outcome =
        account?.provider === CIS2 && identity.cis2
          ? await linkCis2Identity(profile, identity.cis2.roleTable, request)
          : account?.provider === NHS_LOGIN
            ? await linkNhsLoginIdentity(profile, request)
            : null;
      if (!outcome) return false;
      if (!outcome.ok) return outcome.redirect;
      Object.assign(user, outcome.user);
      return true;
    },
    async jwt({ token, user, account }) {
      if (user) {
        // An identity provider's sign-in must have been linked by the signIn callback above.
        if (account && account.provider !== "credentials" && user.identity?.provider !== account.provider) throw new Error("Identity not linked");
        const provider = account?.provider ?? "credentials";
        const { sessionId, signedInAt } = await startSession(user.id, provider);
        return {
          ...token,
          sub: user.id,
          name: user.name,
          email: user.email,
          role: user.role,
          organisationId: user.organisationId,
          patientId: user.patientId,
          provider,
          proofingLevel: user.identity?.proofingLevel ?? null,
          sessionId,
          signedInAt,
          checkedAt: Date.now(),
        };
      }
      // Throwing makes next-auth clear the session cookie.
      if (!token.sessionId || !token.signedInAt || token.signedInAt <= absoluteCutoff().getTime()) throw new Error("Session is over");
      if (Date.now() - (token.checkedAt ?? 0) > RECHECK_MS) {
        const actor = await loadSessionActor(token.sub, token.sessionId, token.proofingLevel);
        if (!actor) throw new Error("Account is no longer active or the session has ended");
        return { ...token, role: actor.role, organisationId: actor.organisationId, patientId: actor.patientId, checkedAt: Date.now() };
      }
      return token;
    },
    async session({ session, token }) {
      session.user = {
        id: token.sub ?? "",
        name: token.name ?? "",
        email: token.email ?? "",
        role: token.role!,
        organisationId: token.organisationId ?? null,
        patientId: token.patientId ?? null,
        provider: token.provider ?? "credentials",
        proofingLevel: token.proofingLevel ?? null,
        sessionId: token.sessionId ?? null,
        signedInAt: token.signedInAt ?? null,
      };
      return session;
    },
    /** Only paths on this site, after sign-in and sign-out alike (see safeCallbackPath). */
    redirect({ url, baseUrl }) {
      const path = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
      return `${baseUrl}${safeCallbackPath(path)}`;
    },
  },
  events: {
    /** Ends the sign-in itself, not just this browser's cookie: every copy of it stops working. */
    async signOut({ token }) {
      // Only a session still open is audited as signed out (a copy of an ended one is nobody).
      const actor = await loadActor(token?.sub, {
        proofingLevel: token?.proofingLevel,
        sessionId: token?.sessionId ?? null,
        signedInAt: token?.signedInAt ?? null,
      });
      await endSession(token?.sessionId);
      if (actor) await writeAudit(db(), { actor, ...(await currentRequest()) }, auditActions.signOut, "SUCCESS");
    },
  },
  logger: {
    // next-auth logs a deactivated account's JWT_SESSION_ERROR with a stack trace; one line is enough.
    error(code, metadata) {
      console.error(`[auth] ${code}`, metadata instanceof Error ? metadata.message : "");
    },
    warn() {},
    debug() {},
  },
};
