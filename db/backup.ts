/**
 * Backups of either engine. PGlite: a tarball of its data folder, taken by the process that holds the folder
 * (the server, when it runs), restored into a fresh folder. PostgreSQL: pg_dump's custom format, restored
 * with pg_restore.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { lockDataFolder } from "./data-folder-lock";
import { type Queryable, queryRows } from "./engine";

/** The newest PostgreSQL client tool of that name: on PATH, else in Debian's versioned folders. */
export function postgresTool(name: "pg_dump" | "pg_restore"): string {
  const versioned = fs.existsSync("/usr/lib/postgresql")
    ? fs
        .readdirSync("/usr/lib/postgresql")
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => path.join("/usr/lib/postgresql", version, "bin", name))
        .filter((candidate) => fs.existsSync(candidate))
    : [];
  return versioned[0] ?? name;
}

/** Why a request reached no server, in the words of the error Node gives ("ECONNREFUSED"…). */
function unreachableBecause(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Asks the server that holds the embedded database for a tarball of it (`POST /api/maintenance/backup` with
 * the data folder's key). When nothing answers there, or another server does, says which address was tried
 * and how to name the right one.
 */
export async function backupThroughServer(server: string, key: string, folder: string): Promise<Blob> {
  const pointElsewhere = `If the server listens elsewhere, name it: PORT=<its port> npm run db:backup, or SOCLE_SERVER_URL=http://<host>:<port> npm run db:backup.`;
  let response: Response;
  try {
    response = await fetch(new URL("/api/maintenance/backup", server), { method: "POST", headers: { "x-socle-maintenance-key": key } });
  } catch (error) {
    throw new Error(`A server holds ${folder}, but none answered at ${server} (${unreachableBecause(error)}). ${pointElsewhere}`, { cause: error });
  }
  if (response.status === 404) {
    throw new Error(`The server at ${server} is not the one holding ${folder}: it does not know that folder's maintenance key. ${pointElsewhere}`);
  }
  if (!response.ok) throw new Error(`The server at ${server} refused the backup (${response.status}: ${(await response.text()).slice(0, 200)}).`);
  return response.blob();
}

export function backupPostgres(url: string, file: string): void {
  execFileSync(postgresTool("pg_dump"), ["--format=custom", "--no-owner", `--file=${file}`, url], { stdio: "inherit" });
}

export function restorePostgres(url: string, file: string): void {
  execFileSync(postgresTool("pg_restore"), ["--clean", "--if-exists", "--no-owner", "--single-transaction", `--dbname=${url}`, file], {
    stdio: "inherit",
  });
}

/**
 * Restores a PGlite tarball into `folder`. Whatever the folder held is kept beside it, renamed, rather than
 * deleted: a restore must never be the way data is lost. Refuses while a server holds the folder.
 */
export async function restorePglite(folder: string, tarball: Blob): Promise<{ keptAs: string | null }> {
  const lock = lockDataFolder(folder);
  try {
    let keptAs: string | null = null;
    if (fs.existsSync(folder) && fs.readdirSync(folder).length > 0) {
      keptAs = `${folder}.before-restore-${new Date().toISOString().replaceAll(":", "-")}`;
      fs.renameSync(folder, keptAs);
    }
    const client = await PGlite.create(folder, { loadDataDir: tarball });
    await client.close();
    return { keptAs };
  } finally {
    lock.release();
  }
}

/**
 * Every row of every table, in a stable order, as JSON: two databases with the same content give the same
 * text. Used to check backups and that refused requests change nothing.
 */
export async function exportAllTables(db: Queryable): Promise<Record<string, unknown[]>> {
  const tables = await queryRows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const exported: Record<string, unknown[]> = {};
  for (const { table_name: table } of tables) {
    const [result] = await queryRows<{ rows: unknown[] }>(
      db,
      sql`select coalesce(json_agg(t order by t::text), '[]'::json) as rows from ${sql.identifier(table)} t`,
    );
    exported[table] = result?.rows ?? [];
  }
  return exported;
}
