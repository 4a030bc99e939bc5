import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultCis2RoleTable } from "@/lib/domain/identity/cis2-roles";
import { privateJwk, readIdentityConfig } from "./identity-config";

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
const cis2 = { CIS2_ISSUER: "https://cis2.example/realms/Healthcare/", CIS2_CLIENT_ID: "ucp", CIS2_CLIENT_SECRET: "s3cret" };
const nhsLogin = { NHS_LOGIN_ISSUER: "https://auth.sandpit.signin.nhs.uk", NHS_LOGIN_CLIENT_ID: "ucp", NHS_LOGIN_PRIVATE_KEY: pem };

describe("identity provider configuration", () => {
  it("is off without its variables", () => {
    expect(readIdentityConfig({})).toEqual({ cis2: null, nhsLogin: null });
  });

  it("reads both providers, with the default role table", () => {
    const config = readIdentityConfig({ ...cis2, ...nhsLogin });
    expect(config.cis2).toMatchObject({
      issuer: "https://cis2.example/realms/Healthcare",
      clientId: "ucp",
      roleTable: defaultCis2RoleTable,
      roleTableSource: "built-in default",
    });
    expect(config.nhsLogin?.privateJwk).toMatchObject({ kty: "RSA", alg: "RS512", use: "sig", kid: expect.stringMatching(/^[\w-]{43}$/) });
  });

  it("stops on half a configuration or a plain-http issuer elsewhere than this machine", () => {
    expect(() => readIdentityConfig({ CIS2_ISSUER: cis2.CIS2_ISSUER })).toThrow("CIS2 sign-in is half configured: set CIS2_CLIENT_ID, CIS2_CLIENT_SECRET");
    expect(() => readIdentityConfig({ ...cis2, CIS2_ISSUER: "http://cis2.example" })).toThrow("CIS2_ISSUER must be an https URL");
    expect(readIdentityConfig({ ...cis2, CIS2_ISSUER: "http://localhost:3390/cis2" }).cis2?.issuer).toBe("http://localhost:3390/cis2");
    expect(() => readIdentityConfig({ ...nhsLogin, NHS_LOGIN_PRIVATE_KEY: "not a key" })).toThrow(/NHS_LOGIN_PRIVATE_KEY is not a private key/);
  });

  it("accepts the private key as PEM (with escaped newlines) or as a JWK, keeping a given kid", () => {
    const fromPem = privateJwk(pem.replace(/\n/g, "\\n"), "key-1");
    const fromJwk = privateJwk(JSON.stringify({ ...privateKey.export({ format: "jwk" }), kid: "jwk-kid" }));
    expect(fromPem).toMatchObject({ kid: "key-1", n: fromJwk.n });
    expect(fromJwk.kid).toBe("jwk-kid");
    const { publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    expect(() => privateJwk(publicKey.export({ format: "pem", type: "spki" }).toString())).toThrow();
  });

  it("reads a role table override file, and stops with the file's problems when it is not valid", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ucp-roles-"));
    const good = path.join(dir, "good.json");
    fs.writeFileSync(good, JSON.stringify({ rules: [{ jobRoleCode: "R8000", organisationKinds: ["HOSPICE"], role: "GP" }] }));
    expect(readIdentityConfig({ ...cis2, CIS2_ROLE_MAP_FILE: good }).cis2).toMatchObject({
      roleTableSource: good,
      roleTable: { rules: [{ jobRoleCode: "R8000", role: "GP" }] },
    });
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ rules: [{ jobRoleCode: "R8000", organisationKinds: ["HOSPICE"], role: "PATIENT" }] }));
    expect(() => readIdentityConfig({ ...cis2, CIS2_ROLE_MAP_FILE: bad })).toThrow(new RegExp(`CIS2_ROLE_MAP_FILE ${bad} is not valid:\\n  rules.0.role`));
    fs.writeFileSync(bad, "{ not json");
    expect(() => readIdentityConfig({ ...cis2, CIS2_ROLE_MAP_FILE: bad })).toThrow(/could not be read as JSON/);
    expect(() => readIdentityConfig({ ...cis2, CIS2_ROLE_MAP_FILE: path.join(dir, "missing.json") })).toThrow(/could not be read/);
    fs.rmSync(dir, { recursive: true });
  });
});
