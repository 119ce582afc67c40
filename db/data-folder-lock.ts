/**
 * An exclusive lock on the embedded database's folder. PGlite must be opened by one process only: a second
 * process on the same folder silently loses committed rows and corrupts indexes.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

type LockHolder = { pid: number; hostname: string; startedAt: string; command: string };

export class DataFolderLockedError extends Error {
  constructor(folder: string, holder: LockHolder) {
    super(
      `The database folder ${folder} is in use by process ${holder.pid} (${holder.command}) on ${holder.hostname} ` +
        `since ${holder.startedAt}. Stop that process first, or point SOCLE_DATA_DIR at another folder.`,
    );
    this.name = "DataFolderLockedError";
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false; // a restarted container can reuse the dead holder's pid
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockHolder;
  } catch {
    return null; // vanished, or half-written by a holder that died while taking it
  }
}

/** Takes the lock or throws DataFolderLockedError naming the holder; a lock left by a dead process is taken over. */
export function lockDataFolder(folder: string): { release: () => void } {
  const lockPath = `${path.resolve(folder)}.lock`;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const me: LockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1, 3).map((part) => path.basename(part)).join(" ") || "node",
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: "wx" });
      const release = () => {
        if (readHolder(lockPath)?.pid === me.pid) fs.rmSync(lockPath, { force: true });
      };
      process.once("exit", release);
      return {
        release: () => {
          process.removeListener("exit", release);
          release();
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockPath);
      const stale = !holder || (holder.hostname === me.hostname && !isRunning(holder.pid));
      if (!stale) throw new DataFolderLockedError(folder, holder);
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataFolderLockedError(folder, readHolder(lockPath) ?? me);
}
