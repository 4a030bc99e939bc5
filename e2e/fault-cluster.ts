import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * For fault injection: a throw-away PostgreSQL 15 cluster that a test may stop, start and cut
 * connections on (never the shared server), and app instances of its own on that cluster.
 */
const BIN = process.env.PG_BIN_DIR || "/usr/lib/postgresql/15/bin";

/** initdb refuses to run as root: as root, the cluster is run by the postgres OS user. */
function asClusterOwner(command: string, args: string[]): string[] {
  return process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--", command, ...args] : [command, ...args];
}

function run(command: string, args: string[]): string {
  const [cmd, ...rest] = asClusterOwner(command, args);
  const result = spawnSync(cmd, rest, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net
      .createServer()
      .once("error", () => reject(new Error(`Port ${port} is in use: free it or set E2E_PORT to move the fault-injection ports`)));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}

export class ThrowawayPostgres {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "ucp-faults-pg-"));
  readonly data = path.join(this.dir, "data");
  readonly url: string;

  constructor(readonly port: number) {
    this.url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  }

  async init(): Promise<void> {
    await assertPortFree(this.port);
    if (process.getuid?.() === 0) {
      const uid = Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim());
      const gid = Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim());
      fs.chownSync(this.dir, uid, gid);
    }
    run(path.join(BIN, "initdb"), ["-D", this.data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
    this.start();
  }

  start(): void {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    run(path.join(BIN, "pg_ctl"), ["start", "-D", this.data, "-w", "-t", "60", "-l", path.join(this.dir, "log"), "-o", options]);
  }

  /** A fast shutdown: every connection is dropped at once, as in a database restart. */
  stop(): void {
    run(path.join(BIN, "pg_ctl"), ["stop", "-D", this.data, "-m", "fast", "-w"]);
  }

  async query(sql: string): Promise<pg.QueryResult> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  }

  /** Terminates every other backend on the database, as a failover or a proxy restart does. */
  async cutConnections(): Promise<number> {
    const result = await this.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
    return result.rowCount ?? 0;
  }

  destroy(): void {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** One app instance (scripts/start.ts) on the cluster; the app is built already (by Playwright's webServer). */
export class AppInstance {
  private child: ChildProcess | null = null;
  private output = "";
  readonly url: string;

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://localhost:${port}`;
  }

  async start(): Promise<void> {
    await assertPortFree(this.port);
    this.child = spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/start.ts"], {
      env: { ...process.env, ...this.env, PORT: String(this.port), NEXTAUTH_URL: this.url },
      detached: true, // its own process group, so the whole instance (tsx, next) is stopped by our pid
      stdio: ["ignore", "pipe", "pipe"],
    });
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-20_000));
    this.child.stdout?.on("data", keep);
    this.child.stderr?.on("data", keep);
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`The app on port ${this.port} exited:\n${this.output}`);
      const ok = await fetch(`${this.url}/signin`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 500)); // polling the instance until it answers
    }
    throw new Error(`The app on port ${this.port} did not answer:\n${this.output}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Settings both instances share (one auth secret, so a session is good on either). */
export function sharedAppEnv(databaseUrl: string, dataDir: string): Record<string, string> {
  return { DATABASE_URL: databaseUrl, UCP_SEED_DEMO: "1", NEXTAUTH_SECRET: randomBytes(32).toString("hex"), UCP_DATA_DIR: dataDir };
}
