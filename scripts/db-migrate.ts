/** `npm run db:migrate`: applies pending migrations to the configured database. */
import { databaseConfig } from "../lib/db/config";
import { acquirePgliteLock } from "../lib/db/pglite-lock";
import { prepareDatabase } from "./lib/prepare";

const config = databaseConfig();
if (config.kind === "pglite") acquirePgliteLock(config.dataDir);
prepareDatabase({ seed: "never" }, config).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
