import fs from "node:fs";
import path from "node:path";

/**
 * PGlite has no locking between processes, and two writers corrupt the folder.
 * A pid file guards it. Children of the process that holds the lock (the start
 * script spawns migrate, seed and the server) are told its pid in UCP_LOCK_OWNER_PID.
 */
export class DatabaseFolderInUseError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockFile(dataDir: string): string {
  return path.join(dataDir, "pglite.lock");
}

export function acquirePgliteLock(dataDir: string, env: Record<string, string | undefined> = process.env): void {
  // The folder holds the whole database and the session secret: only its owner may read it.
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = lockFile(dataDir);
  const ownerPid = Number(env.UCP_LOCK_OWNER_PID) || 0;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      process.on("exit", () => releasePgliteLock(dataDir));
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = Number(fs.readFileSync(file, "utf8").trim());
    if (holder === process.pid || (holder && holder === ownerPid)) return;
    if (holder && isAlive(holder)) {
      throw new DatabaseFolderInUseError(
        `The embedded database folder ${dataDir} is already in use by another Universal Care Plan ` +
          `process (pid ${holder}). Stop that process first, or set UCP_DATA_DIR to another folder.`,
      );
    }
    fs.rmSync(file, { force: true }); // stale: its process is gone
  }
  throw new DatabaseFolderInUseError(`Could not lock the embedded database folder ${dataDir}.`);
}

export function releasePgliteLock(dataDir: string): void {
  const file = lockFile(dataDir);
  try {
    if (Number(fs.readFileSync(file, "utf8").trim()) === process.pid) fs.rmSync(file);
  } catch {
    // already gone
  }
}
