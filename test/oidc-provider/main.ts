/**
 * Runs the test OpenID Connect provider with the demo people. Playwright starts it with
 * OIDC_TEST_SETUP (the JSON of a TestIdentitySetup, see setup.ts). Without it (trying it by
 * hand) it makes a setup for an app at http://localhost:3000 and writes the app's settings to
 * a file to source before `npm start` (see README "Sign in with NHS identities").
 */
import fs from "node:fs";
import { cis2People, nhsLoginPeople } from "./people";
import { startOidcProvider } from "./provider";
import { appIdentityEnv, createTestIdentitySetup, testIssuers, type TestIdentitySetup } from "./setup";

let setup = JSON.parse(process.env.OIDC_TEST_SETUP ?? "null") as TestIdentitySetup | null;
if (!setup) {
  setup = createTestIdentitySetup(Number(process.env.OIDC_TEST_PORT || 3390), [process.env.APP_URL || "http://localhost:3000"]);
  const file = process.env.OIDC_TEST_ENV_FILE || ".data/test-identity.env";
  const lines = Object.entries(appIdentityEnv(setup)).map(([k, v]) => `${k}='${v.replace(/\n/g, "\\n")}'`);
  fs.mkdirSync(".data", { recursive: true });
  fs.writeFileSync(file, lines.join("\n") + "\n", { mode: 0o600 });
  console.log(`[oidc-provider] App settings written to ${file}: set -a; . ${file}; set +a; npm start`);
}
const provider = await startOidcProvider({ port: setup.port, issuers: testIssuers(setup, { cis2: cis2People, nhsLogin: nhsLoginPeople }) });
console.log(`[oidc-provider] ${provider.issuerUrl("cis2")} and ${provider.issuerUrl("nhs-login")}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => provider.close().then(() => process.exit(0)));
