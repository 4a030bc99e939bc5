import { createHash, randomBytes } from "node:crypto";

/** Tokens look like `ucp_<43 base64url characters>` (256 random bits), so leaks are easy to grep for. */
const TOKEN_PREFIX = "ucp_";
const TOKEN_PATTERN = /^ucp_[A-Za-z0-9_-]{43}$/;

export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/**
 * SHA-256 is the right hash here, not argon2: the token is 256 random bits, so there is
 * nothing to brute-force, and every API request must look it up quickly by its hash.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** What an admin sees to tell tokens apart: the prefix and the first characters. */
export function tokenHint(token: string): string {
  return token.slice(0, TOKEN_PREFIX.length + 6);
}
