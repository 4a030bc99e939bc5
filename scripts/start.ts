/**
 * `npm start`: zero-configuration start. Applies migrations, seeds the demo data once (on the
 * embedded database; on PostgreSQL only with UCP_SEED_DEMO=1), builds the app if needed and
 * serves it on PORT (default 3000) through the app's own server (scripts/server.ts), the only
 * way the app is meant to run. Embedded PGlite unless DATABASE_URL is set. `--dev` serves in
 * development mode instead of a production build; `--after URL` waits for another instance
 * first (several instances on one PostgreSQL).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { assertEmbeddedAllowed, databaseConfig, dataDir, EmbeddedDatabaseRefusedError } from "../lib/db/config";
import { acquirePgliteLock, DatabaseFolderInUseError } from "../lib/db/pglite-lock";
import { readIdentityConfig } from "../lib/server/auth/identity-config";
import { parseTrustedProxies, TrustedProxiesConfigError } from "../lib/server/client-address";
import { buildIfNeeded } from "./lib/build";
import { prepareDatabase } from "./lib/prepare";
import { resolveAuthSecret } from "./lib/secret";

/** `--after <url>`: start only once another instance answers (it has built and prepared). */
async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
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
  // Configuration mistakes stop the start here, with the reason, before anything is built.
  assertEmbeddedAllowed(config);
  parseTrustedProxies(process.env.UCP_TRUSTED_PROXIES);
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
    // The operator's NODE_ENV chose the checks above; the server itself runs as Next would.
    NODE_ENV: (dev ? "development" : "production") as "development" | "production",
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
    UCP_LOCK_OWNER_PID: String(process.pid),
  };
  // Not under the react-server condition (the scripts need it for server-only modules; Next
  // loads its own React builds for the app).
  const server = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/server.ts"), ...(dev ? ["--dev"] : [])], { env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  // The server exits 0 after a clean shutdown; killed by a signal, it did not shut down cleanly.
  server.on("exit", (code) => process.exit(code ?? 1));
}

main().catch((error) => {
  const explained = [DatabaseFolderInUseError, EmbeddedDatabaseRefusedError, TrustedProxiesConfigError].some((kind) => error instanceof kind);
  console.error(explained ? `[start] ${error.message}` : error);
  process.exit(1);
});
