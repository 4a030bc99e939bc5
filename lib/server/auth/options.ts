import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { loadActor } from "../actor";
import { writeAudit } from "../audit";
import { requestInfo } from "../request-info";
import { signInWithPassword } from "./sign-in";

/** Idle lifetime: the cookie is re-issued on activity and lapses after this long without. */
export const SESSION_IDLE_SECONDS = 15 * 60;
/** A deactivated account is locked out within this long, even if its cookie is fresh. */
const RECHECK_MS = 60_000;

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
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        return { ...token, sub: user.id, role: user.role, organisationId: user.organisationId, patientId: user.patientId, checkedAt: Date.now() };
      }
      if (Date.now() - (token.checkedAt ?? 0) > RECHECK_MS) {
        const actor = await loadActor(token.sub);
        // Throwing makes next-auth clear the session cookie.
        if (!actor) throw new Error("Account is no longer active");
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
      };
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      const actor = await loadActor(token?.sub);
      if (actor) await writeAudit(db(), { actor }, "auth.signOut", "SUCCESS");
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
