/** `npm run api-client -- create|revoke|list`: manage FHIR API clients (README "FHIR API"). */
import { closeEmbeddedDatabases } from "../lib/db/adapter";
import { databaseConfig } from "../lib/db/config";
import { acquirePgliteLock, releasePgliteLock } from "../lib/db/pglite-lock";
import { runApiClientCli } from "./lib/api-client-cli";
import { prepareDatabase } from "./lib/prepare";

async function main(): Promise<number> {
  const config = databaseConfig();
  // The embedded database serves one process: stop the app first (PostgreSQL has no such limit).
  if (config.kind === "pglite") acquirePgliteLock(config.dataDir);
  try {
    await prepareDatabase({ seed: "if-empty" }, config);
    return await runApiClientCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });
  } finally {
    await closeEmbeddedDatabases();
    if (config.kind === "pglite") releasePgliteLock(config.dataDir);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
