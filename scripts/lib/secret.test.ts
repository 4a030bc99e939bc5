import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoDataWanted } from "./prepare";
import { resolveAuthSecret } from "./secret";

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "ucp-secret-"));

describe("auth secret", () => {
  it("uses a configured secret as it is", () => {
    expect(resolveAuthSecret({ NEXTAUTH_SECRET: "configured" } as NodeJS.ProcessEnv, tempDir())).toBe("configured");
  });

  it("generates one once in the data folder and reuses it", () => {
    const dir = tempDir();
    const first = resolveAuthSecret({} as NodeJS.ProcessEnv, dir);
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(fs.statSync(path.join(dir, "auth-secret")).mode & 0o077).toBe(0);
    expect(resolveAuthSecret({} as NodeJS.ProcessEnv, dir)).toBe(first);
  });

  it("is a clear startup error in production when missing", () => {
    const dir = tempDir();
    expect(() => resolveAuthSecret({ NODE_ENV: "production" } as NodeJS.ProcessEnv, dir)).toThrow(/NEXTAUTH_SECRET is not set/);
    expect(fs.existsSync(path.join(dir, "auth-secret"))).toBe(false);
  });
});

describe("demo data switch", () => {
  const pglite = { kind: "pglite", dataDir: "/x", pgliteDir: "/x/pglite" } as const;
  const postgres = { kind: "postgres", url: "postgresql://db.example/ucp" } as const;
  const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

  it("on the embedded database: everything outside production; in production no accounts unless asked for", () => {
    expect(demoDataWanted(env({ NODE_ENV: "development" }), pglite)).toEqual({ seed: true, demoAccounts: true });
    expect(demoDataWanted(env({ NODE_ENV: "production" }), pglite)).toEqual({ seed: true, demoAccounts: false });
    expect(demoDataWanted(env({ NODE_ENV: "production", UCP_SEED_DEMO: "1" }), pglite)).toEqual({ seed: true, demoAccounts: true });
    expect(demoDataWanted(env({ UCP_SEED_DEMO: "0" }), pglite)).toEqual({ seed: false, demoAccounts: false });
  });

  it("on PostgreSQL: nothing, in any NODE_ENV, unless UCP_SEED_DEMO=1", () => {
    for (const NODE_ENV of ["development", "test", "production"]) {
      expect(demoDataWanted(env({ NODE_ENV }), postgres)).toEqual({ seed: false, demoAccounts: false });
    }
    expect(demoDataWanted(env({}), postgres)).toEqual({ seed: false, demoAccounts: false });
    expect(demoDataWanted(env({ UCP_SEED_DEMO: "1" }), postgres)).toEqual({ seed: true, demoAccounts: true });
  });
});
