import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquirePgliteLock, DatabaseFolderInUseError, lockFile, releasePgliteLock } from "./pglite-lock";

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ucp-lock-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("embedded database folder lock", () => {
  it("takes a free folder and releases it", () => {
    const dir = tempDir();
    acquirePgliteLock(dir, {});
    expect(fs.readFileSync(lockFile(dir), "utf8")).toBe(String(process.pid));
    releasePgliteLock(dir);
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it("creates a missing data folder readable by its owner only (mode 0700)", () => {
    const dir = path.join(tempDir(), "nested", "data");
    acquirePgliteLock(dir, {});
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    releasePgliteLock(dir);
  });

  it("refuses a folder held by another live process, with a message that says what to do", () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), String(process.ppid)); // the test runner: alive
    expect(() => acquirePgliteLock(dir, {})).toThrow(DatabaseFolderInUseError);
    expect(() => acquirePgliteLock(dir, {})).toThrow(/already in use by another Universal Care Plan process \(pid \d+\).*UCP_DATA_DIR/);
  });

  it("lets the children of the holder in (the start script's migrate and server)", () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), String(process.ppid));
    expect(() => acquirePgliteLock(dir, { UCP_LOCK_OWNER_PID: String(process.ppid) })).not.toThrow();
  });

  it("takes over a stale lock left by a process that has gone", () => {
    const dir = tempDir();
    const gone = spawnSync(process.execPath, ["-e", "0"]).pid;
    fs.writeFileSync(lockFile(dir), String(gone));
    acquirePgliteLock(dir, {});
    expect(fs.readFileSync(lockFile(dir), "utf8")).toBe(String(process.pid));
    releasePgliteLock(dir);
  });
});
