import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { wantsDemoAccounts } from "./prepare";
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

describe("demo accounts", () => {
  it("are seeded outside production, and in production only when asked for", () => {
    expect(wantsDemoAccounts({ NODE_ENV: "development" } as NodeJS.ProcessEnv)).toBe(true);
    expect(wantsDemoAccounts({ NODE_ENV: "production" } as NodeJS.ProcessEnv)).toBe(false);
    expect(wantsDemoAccounts({ NODE_ENV: "production", UCP_SEED_DEMO: "1" } as NodeJS.ProcessEnv)).toBe(true);
  });
});
