import { createHash, createPrivateKey, type JsonWebKey } from "node:crypto";
import fs from "node:fs";
import { defaultCis2RoleTable, parseCis2RoleTable, type Cis2RoleTable } from "@/lib/domain/identity/cis2-roles";

/**
 * Which NHS identity providers are switched on, from the environment. A provider with none of
 * its variables is simply absent (local accounts only); one with some but not all is a
 * mistake that stops the start with a message, rather than a sign-in button that fails later.
 */
export interface Cis2Config {
  issuer: string;
  clientId: string;
  clientSecret: string;
  roleTable: Cis2RoleTable;
  /** Where the role table came from, for the start-up log. */
  roleTableSource: string;
}

export interface NhsLoginConfig {
  issuer: string;
  clientId: string;
  /** The client's private key as a JWK (with kid and alg RS512), for private_key_jwt. */
  privateJwk: JsonWebKey & { kid: string; alg: string };
}

export interface IdentityConfig {
  cis2: Cis2Config | null;
  nhsLogin: NhsLoginConfig | null;
}

type Env = Record<string, string | undefined>;

function group(env: Env, names: string[], label: string): Record<string, string> | null {
  const set = names.filter((n) => env[n]?.trim());
  if (set.length === 0) return null;
  const missing = names.filter((n) => !env[n]?.trim());
  if (missing.length) throw new Error(`${label} sign-in is half configured: set ${missing.join(", ")} (or unset ${set.join(", ")})`);
  return Object.fromEntries(names.map((n) => [n, env[n]!.trim()]));
}

function issuerUrl(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} is not a URL: ${value}`);
  }
  // Plain http only for a provider on this machine (the test provider).
  if (url.protocol !== "https:" && !(url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname))) {
    throw new Error(`${name} must be an https URL`);
  }
  return value.replace(/\/+$/, "");
}

function loadRoleTable(file: string | undefined): { table: Cis2RoleTable; source: string } {
  if (!file) return { table: defaultCis2RoleTable, source: "built-in default" };
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`CIS2_ROLE_MAP_FILE ${file} could not be read as JSON: ${(e as Error).message}`);
  }
  return { table: parseCis2RoleTable(json, `CIS2_ROLE_MAP_FILE ${file}`), source: file };
}

/** RFC 7638 thumbprint of an RSA key: a stable key id when none is given. */
function thumbprint(jwk: JsonWebKey): string {
  return createHash("sha256")
    .update(JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n }))
    .digest("base64url");
}

/** NHS_LOGIN_PRIVATE_KEY as PEM (PKCS#8 or PKCS#1) or as a JWK in JSON; RSA only (NHS login signs with RS512). */
export function privateJwk(value: string, keyId?: string): NhsLoginConfig["privateJwk"] {
  let jwk: JsonWebKey;
  try {
    const text = value.replace(/\\n/g, "\n");
    const key = text.startsWith("{") ? createPrivateKey({ key: JSON.parse(text), format: "jwk" }) : createPrivateKey(text);
    jwk = key.export({ format: "jwk" });
  } catch (e) {
    throw new Error(`NHS_LOGIN_PRIVATE_KEY is not a private key in PEM or JWK form: ${(e as Error).message}`);
  }
  if (jwk.kty !== "RSA" || !jwk.d) throw new Error("NHS_LOGIN_PRIVATE_KEY must be an RSA private key");
  const given = value.startsWith("{") ? (JSON.parse(value) as { kid?: string }).kid : undefined;
  return { ...jwk, kid: keyId || given || thumbprint(jwk), alg: "RS512", use: "sig" } as NhsLoginConfig["privateJwk"];
}

export function readIdentityConfig(env: Env = process.env): IdentityConfig {
  const cis2 = group(env, ["CIS2_ISSUER", "CIS2_CLIENT_ID", "CIS2_CLIENT_SECRET"], "CIS2");
  const nhs = group(env, ["NHS_LOGIN_ISSUER", "NHS_LOGIN_CLIENT_ID", "NHS_LOGIN_PRIVATE_KEY"], "NHS login");
  const roles = cis2 ? loadRoleTable(env.CIS2_ROLE_MAP_FILE?.trim()) : null;
  return {
    cis2:
      cis2 && roles
        ? {
            issuer: issuerUrl(cis2.CIS2_ISSUER, "CIS2_ISSUER"),
            clientId: cis2.CIS2_CLIENT_ID,
            clientSecret: cis2.CIS2_CLIENT_SECRET,
            roleTable: roles.table,
            roleTableSource: roles.source,
          }
        : null,
    nhsLogin: nhs
      ? {
          issuer: issuerUrl(nhs.NHS_LOGIN_ISSUER, "NHS_LOGIN_ISSUER"),
          clientId: nhs.NHS_LOGIN_CLIENT_ID,
          privateJwk: privateJwk(nhs.NHS_LOGIN_PRIVATE_KEY, env.NHS_LOGIN_KEY_ID?.trim()),
        }
      : null,
  };
}

let cached: IdentityConfig | undefined;
/** Read once per process: the role table file is not re-read per sign-in. */
export function identityConfig(): IdentityConfig {
  cached ??= readIdentityConfig();
  return cached;
}
