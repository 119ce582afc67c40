import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataFolderLockedError, lockDataFolder } from "./data-folder-lock";

const folders: string[] = [];
function tempFolder(): string {
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "socle-lock-")), "pglite");
  folders.push(folder);
  return folder;
}
afterEach(() => folders.splice(0).forEach((folder) => fs.rmSync(path.dirname(folder), { recursive: true, force: true })));

/** A real process holding the lock file, as a running server would. */
function holder(lockPath: string) {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  fs.writeFileSync(lockPath, JSON.stringify({ pid: child.pid, hostname: os.hostname(), startedAt: "2026-01-01T00:00:00Z", command: "next start" }));
  return child;
}

describe("the data folder lock", () => {
  it("is taken, refused to a second taker while held, and free again once released", () => {
    const folder = tempFolder();
    const first = lockDataFolder(folder);
    expect(fs.existsSync(`${folder}.lock`)).toBe(true);
    first.release();
    expect(fs.existsSync(`${folder}.lock`)).toBe(false);
    lockDataFolder(folder).release();
  });

  it("names the process that holds it", async () => {
    const folder = tempFolder();
    const child = holder(`${folder}.lock`);
    try {
      expect(() => lockDataFolder(folder)).toThrowError(DataFolderLockedError);
      expect(() => lockDataFolder(folder)).toThrowError(new RegExp(`in use by process ${child.pid} \\(next start\\)`));
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("is taken over when its holder died without releasing it", async () => {
    const folder = tempFolder();
    const child = holder(`${folder}.lock`);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    const lock = lockDataFolder(folder);
    expect(JSON.parse(fs.readFileSync(`${folder}.lock`, "utf8")).pid).toBe(process.pid);
    lock.release();
  });
});
