import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { lockFile } from "../../lib/db/pglite-lock";
import { freshPgliteEnv, migrate } from "../../test/databases";

/**
 * A publish answered as done survives SIGTERM and a restart, 20 times over, and each stop is
 * clean: open event streams are ended, the server exits 0, the embedded folder is unlocked.
 * On the PostgreSQL project it runs against that database (the same shutdown path).
 */
const onPostgres = !!process.env.DATABASE_URL;
// PGlite is the database that loses unclosed writes; on PostgreSQL a few cycles prove the same shutdown path.
const CYCLES = onPostgres ? 3 : 20;
const pglite = onPostgres ? null : freshPgliteEnv();
const env = pglite ? pglite.env : { DATABASE_URL: process.env.DATABASE_URL! };
afterAll(() => pglite && fs.rmSync(pglite.dir, { recursive: true, force: true }));

interface Running {
  port: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  signal(name: NodeJS.Signals): void;
  stderr: () => string;
}

function startServer(): Promise<Running> {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "test/durability/publish-server.ts"], {
    env: { ...process.env, ...env, UCP_LOCK_OWNER_PID: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const port = out.match(/^ready (\d+)$/m)?.[1];
      if (port) resolve({ port: Number(port), exited, signal: (s) => child.kill(s), stderr: () => err });
    });
    void exited.then(({ code }) => reject(new Error(`server exited (${code}) before it was ready:\n${err}`)));
  });
}

/** An open event stream; `ended` settles when the server ends it. */
function openStream(port: number): Promise<{ ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/events", headers: { accept: "text/event-stream" } }, (res) => {
      const ended = new Promise<void>((done) => res.on("close", () => done()));
      res.once("data", () => resolve({ ended }));
    });
    req.on("error", reject);
  });
}

const json = async (port: number, p: string, method = "GET") => (await (await fetch(`http://127.0.0.1:${port}${p}`, { method })).json()) as { version: number };

describe("stopping the server (SIGTERM, SIGINT)", () => {
  it(`keeps every publish answered as done, over ${CYCLES} stop-and-restart cycles`, { timeout: 600_000 }, async () => {
    if (pglite) migrate(pglite.env);
    const first = await startServer();
    let expected = (await json(first.port, "/plan")).version;
    first.signal("SIGTERM");
    expect(await first.exited).toEqual({ code: 0, signal: null });
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const server = await startServer();
      expect((await json(server.port, "/plan")).version, `read back after restart ${cycle}`).toBe(expected);
      const stream = await openStream(server.port);
      const { version } = await json(server.port, "/publish", "POST");
      expect(version).toBe(expected + 1);
      expected = version;
      const stoppedAt = Date.now();
      server.signal(cycle % 2 ? "SIGTERM" : "SIGINT");
      await stream.ended; // the open stream is ended, not waited for
      expect(await server.exited, server.stderr()).toEqual({ code: 0, signal: null });
      expect(Date.now() - stoppedAt).toBeLessThan(5000);
      if (pglite) expect(fs.existsSync(lockFile(pglite.dir)), "lock released").toBe(false);
    }
    const last = await startServer();
    expect((await json(last.port, "/plan")).version).toBe(expected);
    last.signal("SIGTERM");
    expect((await last.exited).code).toBe(0);
  });
});
