import { generateKeyPairSync, randomBytes, type JsonWebKey } from "node:crypto";
import type { JWK } from "jose";
import type { TestIssuer, TestPerson } from "./provider";

/**
 * One test provider with a CIS2-like and an NHS-login-like issuer, and the app configuration
 * that trusts it: fresh client secrets and a fresh NHS login client key for every run.
 */
export interface TestIdentitySetup {
  port: number;
  cis2: { clientId: string; clientSecret: string };
  nhsLogin: { clientId: string; privateKeyPem: string; publicJwk: JsonWebKey };
  /** The app instances that may be redirected back to. */
  appUrls: string[];
}

export function createTestIdentitySetup(port: number, appUrls: string[]): TestIdentitySetup {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    port,
    cis2: { clientId: "ucp-test-cis2", clientSecret: randomBytes(24).toString("base64url") },
    nhsLogin: {
      clientId: "ucp-test-nhs-login",
      privateKeyPem: privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
      publicJwk: { ...publicKey.export({ format: "jwk" }), kid: "ucp-test-1", alg: "RS512", use: "sig" },
    },
    appUrls,
  };
}

export const issuerUrl = (setup: TestIdentitySetup, path: "cis2" | "nhs-login") => `http://localhost:${setup.port}/${path}`;

/** The app's environment for this provider (see README "Sign in with NHS identities"). */
export function appIdentityEnv(setup: TestIdentitySetup): Record<string, string> {
  return {
    CIS2_ISSUER: issuerUrl(setup, "cis2"),
    CIS2_CLIENT_ID: setup.cis2.clientId,
    CIS2_CLIENT_SECRET: setup.cis2.clientSecret,
    NHS_LOGIN_ISSUER: issuerUrl(setup, "nhs-login"),
    NHS_LOGIN_CLIENT_ID: setup.nhsLogin.clientId,
    NHS_LOGIN_PRIVATE_KEY: setup.nhsLogin.privateKeyPem,
    NHS_LOGIN_KEY_ID: "ucp-test-1",
  };
}

export function testIssuers(setup: TestIdentitySetup, people: { cis2: TestPerson[]; nhsLogin: TestPerson[] }): TestIssuer[] {
  const callbacks = (id: string) => setup.appUrls.map((u) => `${u}/api/auth/callback/${id}`);
  return [
    {
      path: "cis2",
      title: "CIS2",
      alg: "RS256",
      clients: [{ clientId: setup.cis2.clientId, auth: { method: "client_secret_post", secret: setup.cis2.clientSecret }, redirectUris: callbacks("cis2") }],
      people: people.cis2,
    },
    {
      path: "nhs-login",
      title: "NHS login",
      alg: "RS512",
      clients: [
        {
          clientId: setup.nhsLogin.clientId,
          auth: { method: "private_key_jwt", jwks: [setup.nhsLogin.publicJwk as JWK] },
          redirectUris: callbacks("nhs-login"),
        },
      ],
      people: people.nhsLogin,
    },
  ];
}
