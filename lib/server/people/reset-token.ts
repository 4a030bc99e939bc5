import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A link works for a day: long enough to pass on, short enough that a forgotten one soon dies. */
export const RESET_LINK_HOURS = 24;

/** 256 random bits, base64url (43 characters): nothing to guess, so SHA-256 is the right hash (as API tokens). */
export function newResetToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The address of the page that takes the token: the public address of the app when it is known. */
export function resetLinkUrl(token: string): string {
  const base = (process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, "");
  return `${base}/reset-password/${token}`;
}
