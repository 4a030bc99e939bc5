/**
 * `npm start`: zero-configuration start. Applies migrations, seeds the demo data once,
 * builds the app if needed and serves it on PORT (default 3000). Embedded PGlite unless
 * DATABASE_URL is set. `--dev` runs `next dev` instead of a production build; `--after URL`
 * waits for another instance first (several instances on one PostgreSQL).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { databaseConfig, dataDir } from "../lib/db/config";
import { acquirePgliteLock, DatabaseFolderInUseError } from "../lib/db/pglite-lock";
import { readIdentityConfig } from "../lib/server/auth/identity-config";
import { buildIfNeeded } from "./lib/build";
import { prepareDatabase } from "./lib/prepare";
import { resolveAuthSecret } from "./lib/secret";

/** `--after <url>`: start only once another instance answers (it has built and prepared). */
async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  const after = process.argv.indexOf("--after");
  if (after > 0) await waitFor(process.argv[after + 1]);
  const port = process.env.PORT || "3000";
  const config = databaseConfig();
  const secret = resolveAuthSecret(process.env, dataDir());
  // A half-configured provider or a bad role table stops the start here, with the reason.
  const identity = readIdentityConfig();
  console.log(
    `[start] Sign-in: email and password` +
      (identity.cis2 ? `; CIS2 at ${identity.cis2.issuer} (role table: ${identity.cis2.roleTableSource})` : "") +
      (identity.nhsLogin ? `; NHS login at ${identity.nhsLogin.issuer}` : ""),
  );

  if (config.kind === "pglite") {
    acquirePgliteLock(config.dataDir);
    console.log(`[start] Embedded database (PGlite) in ${config.pgliteDir}`);
  } else {
    console.log(`[start] PostgreSQL at ${new URL(config.url).host}`);
  }
  await prepareDatabase({ seed: "if-empty" }, config);
  if (!dev) buildIfNeeded();

  const env = {
    ...process.env,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
    UCP_LOCK_OWNER_PID: String(process.pid),
  };
  const server = spawn(path.resolve("node_modules/.bin/next"), [dev ? "dev" : "start", "-p", port], { env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((error) => {
  console.error(error instanceof DatabaseFolderInUseError ? `[start] ${error.message}` : error);
  process.exit(1);
});
