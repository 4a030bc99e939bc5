import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

const bin = (name: string) => path.resolve("node_modules/.bin", name);

export interface Started {
  child: ChildProcess;
  base: string;
  /** Milliseconds from spawn to the first 200 on `readyPath`. */
  coldStartMs: number;
  stop(): Promise<void>;
}

async function firstOk(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode}) before answering`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

async function startTimed(command: string, args: string[], env: NodeJS.ProcessEnv, base: string, readyPath: string, label: string): Promise<Started> {
  const begun = performance.now();
  // Its own process group, so stop() ends the server and whatever it spawned, and nothing else.
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  try {
    await firstOk(`${base}${readyPath}`, child, 240_000);
  } catch (error) {
    child.kill("SIGTERM");
    throw new Error(`${label} did not start: ${(error as Error).message}\n${output}`);
  }
  const coldStartMs = performance.now() - begun;
  let stopping = false;
  // A server that dies mid-run says so, with its last words, instead of leaving only odd figures.
  child.once("exit", (code, signal) => {
    if (!stopping) console.error(`[bench] ${label} exited (${code ?? signal}) during the run; its last output:\n${output.slice(-4_000)}`);
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const hard = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 15_000);
      child.once("exit", () => (clearTimeout(hard), resolve()));
      process.kill(-child.pid!, "SIGTERM");
    });
  return { child, base, coldStartMs, stop };
}

/** The app as `npm start` runs it (scripts/start.ts, which spawns scripts/server.ts), on a prepared database. */
export function startApp(port: number, env: NodeJS.ProcessEnv): Promise<Started> {
  const base = `http://127.0.0.1:${port}`;
  return startTimed(bin("tsx"), ["--conditions=react-server", "scripts/start.ts"], { ...env, PORT: String(port), NEXTAUTH_URL: base }, base, "/", "the app");
}

const BARE = path.resolve("bench/bare");

/** Builds the bare page with the root's `next` unless its build is newer than its sources. */
export function buildBareIfNeeded(): void {
  const buildId = path.join(BARE, ".next", "BUILD_ID");
  const newest = Math.max(...["app/page.jsx", "app/layout.jsx", "next.config.js"].map((f) => fs.statSync(path.join(BARE, f)).mtimeMs));
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > newest) return;
  console.log("[bench] Building the bare page (bench/bare)...");
  const result = spawnSync(bin("next"), ["build", BARE], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build bench/bare failed");
}

export function startBare(port: number): Promise<Started> {
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
  return startTimed(bin("next"), ["start", BARE, "-p", String(port), "-H", "127.0.0.1"], env, base, "/?n=1", "the bare page");
}

/** The node process actually serving HTTP: scripts/start.ts's child (scripts/server.ts). */
export function serverPid(startPid: number): number {
  const children = (pid: number) => {
    try {
      return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const queue = [startPid];
  while (queue.length) {
    const pid = queue.shift()!;
    const cmd = fs.existsSync(`/proc/${pid}/cmdline`) ? fs.readFileSync(`/proc/${pid}/cmdline`, "utf8") : "";
    if (cmd.includes("scripts/server.ts")) return pid;
    queue.push(...children(pid));
  }
  throw new Error("could not find the app's server process (scripts/server.ts)");
}

/** Resident memory of a process, in MiB (/proc/<pid>/status VmRSS). */
export function rssMiB(pid: number): number {
  if (!fs.existsSync(`/proc/${pid}/status`)) return NaN; // the process has gone
  const line = fs
    .readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Number(line?.match(/\d+/)?.[0] ?? NaN) / 1024;
}
