import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The session-signing secret. Configured secrets win. In production a missing secret is
 * an error; elsewhere one is generated once and kept in the data folder, so sessions
 * survive restarts.
 */
export function resolveAuthSecret(env: NodeJS.ProcessEnv, dataDir: string): string {
  const configured = env.NEXTAUTH_SECRET || env.AUTH_SECRET;
  if (configured) return configured;
  if (env.NODE_ENV === "production") {
    throw new Error("NEXTAUTH_SECRET is not set. In production the session secret must be configured (e.g. `openssl rand -base64 32`).");
  }
  const file = path.join(dataDir, "auth-secret");
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString("base64url");
  try {
    // "wx": of several instances starting together, exactly one writes; the others read it.
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    return fs.readFileSync(file, "utf8").trim();
  }
  console.log(`[start] No NEXTAUTH_SECRET configured: generated one and saved it in ${file}`);
  return secret;
}
