/**
 * Runs the test OpenID Connect provider with the demo people (Playwright starts it; also
 * handy by hand). OIDC_TEST_SETUP is the JSON of a TestIdentitySetup (see setup.ts).
 */
import { cis2People, nhsLoginPeople } from "./people";
import { startOidcProvider } from "./provider";
import { testIssuers, type TestIdentitySetup } from "./setup";

const setup = JSON.parse(process.env.OIDC_TEST_SETUP ?? "null") as TestIdentitySetup | null;
if (!setup) {
  console.error("OIDC_TEST_SETUP is not set");
  process.exit(1);
}
const provider = await startOidcProvider({ port: setup.port, issuers: testIssuers(setup, { cis2: cis2People, nhsLogin: nhsLoginPeople }) });
console.log(`[oidc-provider] ${provider.issuerUrl("cis2")} and ${provider.issuerUrl("nhs-login")}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => provider.close().then(() => process.exit(0)));
