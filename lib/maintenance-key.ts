/**
 * A key kept in the data folder that lets local maintenance commands (`npm run db:backup`) ask the running
 * server for work only the process holding the database may do. Reading it needs access to the data folder
 * itself, which is already everything. Beside it the server notes the address it listens on, so those
 * commands find it on whatever port it was started.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir, type Env } from "./env";

export function maintenanceKeyFile(env: Env): string {
  return path.join(dataDir(env), "maintenance-key");
}

export function ensureMaintenanceKey(env: Env): void {
  fs.mkdirSync(dataDir(env), { recursive: true });
  try {
    fs.writeFileSync(maintenanceKeyFile(env), randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}

export function readMaintenanceKey(env: Env): string | null {
  try {
    return fs.readFileSync(maintenanceKeyFile(env), "utf8").trim();
  } catch {
    return null;
  }
}

export function isMaintenanceKey(env: Env, offered: string | null): boolean {
  const key = readMaintenanceKey(env);
  if (!key || !offered) return false;
  const [a, b] = [Buffer.from(key), Buffer.from(offered)];
  return a.length === b.length && timingSafeEqual(a, b);
}

function serverAddressFile(env: Env): string {
  return path.join(dataDir(env), "server-address");
}

/** Written by the server at start: the last server to start on this folder is the one holding it. */
export function recordServerAddress(env: Env, address: string): void {
  fs.writeFileSync(serverAddressFile(env), `${address}\n`, { mode: 0o600 });
}

export function readServerAddress(env: Env): string | null {
  try {
    return fs.readFileSync(serverAddressFile(env), "utf8").trim() || null;
  } catch {
    return null;
  }
}
