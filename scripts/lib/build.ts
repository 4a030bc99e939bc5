import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const sources = [
  "app",
  "components",
  "lib",
  "public",
  "types",
  "next.config.js",
  "proxy.ts",
  "instrumentation-client.ts",
  "package-lock.json",
  "tsconfig.json",
  "prisma/schema.prisma",
];
const stampFile = path.join(".next", "ucp-source-fingerprint");

function walk(entry: string, out: string[]): void {
  if (!fs.existsSync(entry) || entry.includes(`lib${path.sep}generated`)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) for (const child of fs.readdirSync(entry).sort()) walk(path.join(entry, child), out);
  else out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
}

/** A fingerprint of everything the build reads, so a changed checkout is rebuilt. */
function sourceFingerprint(): string {
  const files: string[] = [];
  for (const s of sources) walk(s, files);
  return createHash("sha256").update(files.join("\n")).digest("hex");
}

export function buildIfNeeded(): void {
  const fingerprint = sourceFingerprint();
  const built = fs.existsSync(path.join(".next", "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === fingerprint;
  if (built) return;
  console.log("[start] Building the app (first start, or the source changed)...");
  const result = spawnSync(path.resolve("node_modules/.bin/next"), ["build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
  fs.writeFileSync(stampFile, fingerprint);
}
