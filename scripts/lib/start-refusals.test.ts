import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** `npm start` itself, stopped by configuration mistakes before it builds or opens anything. */
function start(env: Partial<NodeJS.ProcessEnv>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ucp-start-"));
  try {
    const result = spawnSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/start.ts"], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        UCP_DATA_DIR: dir,
        NEXTAUTH_SECRET: "test-secret",
        ...env,
        NODE_ENV: env.NODE_ENV ?? "development",
      },
      encoding: "utf8",
      timeout: 30_000,
    });
    return { status: result.status, output: result.stdout + result.stderr, created: fs.readdirSync(dir) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("npm start refuses", () => {
  it("NODE_ENV=production on the embedded database, saying what PGlite is for", () => {
    const { status, output, created } = start({ NODE_ENV: "production" });
    expect(status).toBe(1);
    expect(output).toMatch(/\[start\] NODE_ENV=production.*PGlite.*demos, trials and development, not a shared service/);
    expect(created).toEqual([]); // nothing opened
  });

  it("a UCP_TRUSTED_PROXIES entry that is not an address or range", () => {
    const { status, output } = start({ UCP_TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal" });
    expect(status).toBe(1);
    expect(output).toMatch(/\[start\] UCP_TRUSTED_PROXIES: "proxy.internal" is not an IP address or CIDR range/);
  });
});
