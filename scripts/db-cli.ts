/**
 * Database maintenance from the command line:
 *   npm run db:migrate            apply migrations (the server also does it when it starts)
 *   npm run db:seed               migrate, then load what is missing (framework, countries, agencies, demo accounts)
 *   npm run db:backup [file]      PGlite: a tarball of the data folder, through the running server if one holds it;
 *                                 PostgreSQL: pg_dump's custom format
 *   npm run db:restore <file>     into the configured database (PGlite: the server must be stopped; the old folder is kept)
 * On the embedded database, commands that open it take the data folder's lock, so they refuse to run beside a server.
 */
import fs from "node:fs";
import path from "node:path";
import { dataDir, demoAccountsEnabled, pgliteFolder, readEnv } from "@/lib/env";
import { readMaintenanceKey, readServerAddress } from "@/lib/maintenance-key";
import { backupPostgres, backupThroughServer, restorePglite, restorePostgres } from "@/db/backup";
import { DataFolderLockedError } from "@/db/data-folder-lock";
import { openPglite, openPostgres } from "@/db/engine";
import { seedDatabase } from "@/lib/seed/seed-database";

const [command, fileArgument] = process.argv.slice(2);
const env = readEnv();
const stamp = () => new Date().toISOString().slice(0, 19).replaceAll(":", "-");

async function migrateOrSeed(seed: boolean) {
  const engine = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL, 2) : await openPglite(pgliteFolder(env));
  try {
    await engine.migrate();
    if (seed) await seedDatabase(engine.db, { demoAccounts: demoAccountsEnabled(env) });
    console.log(seed ? "Migrated and seeded." : "Migrated.");
  } finally {
    await engine.close();
  }
}

/**
 * Where the server holding the embedded database listens: SOCLE_SERVER_URL, else PORT when set here, else the
 * address the server noted in the data folder when it started, else port 3000.
 */
function serverAddress(): string {
  if (process.env.SOCLE_SERVER_URL) return process.env.SOCLE_SERVER_URL;
  if (process.env.PORT) return `http://127.0.0.1:${env.PORT}`;
  return readServerAddress(env) ?? `http://127.0.0.1:${env.PORT}`;
}

async function backupFromServer(file: string) {
  const key = readMaintenanceKey(env);
  if (!key) throw new Error(`No maintenance key in ${dataDir(env)}: is the server there a Socle server?`);
  const tarball = await backupThroughServer(serverAddress(), key, dataDir(env));
  fs.writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
}

async function backup(file: string) {
  if (env.DATABASE_URL) return backupPostgres(env.DATABASE_URL, file);
  try {
    const engine = await openPglite(pgliteFolder(env));
    try {
      fs.writeFileSync(file, Buffer.from(await (await engine.dumpDataDir!()).arrayBuffer()));
    } finally {
      await engine.close();
    }
  } catch (error) {
    if (!(error instanceof DataFolderLockedError)) throw error;
    await backupFromServer(file);
  }
}

async function restore(file: string | undefined) {
  if (!file || !fs.existsSync(file)) throw new Error(`Usage: npm run db:restore <backup file> (no file ${file ?? ""})`);
  if (env.DATABASE_URL) return restorePostgres(env.DATABASE_URL, file);
  const { keptAs } = await restorePglite(pgliteFolder(env), new Blob([fs.readFileSync(file)]));
  if (keptAs) console.log(`The database folder as it was is kept in ${keptAs}.`);
}

try {
  if (command === "migrate" || command === "seed") await migrateOrSeed(command === "seed");
  else if (command === "backup") {
    const file = path.resolve(fileArgument ?? `socle-backup-${stamp()}.${env.DATABASE_URL ? "dump" : "tar.gz"}`);
    await backup(file);
    console.log(`Backup written to ${file}.`);
  } else if (command === "restore") {
    await restore(fileArgument);
    console.log("Restored.");
  } else {
    console.error("Usage: tsx scripts/db-cli.ts migrate|seed|backup [file]|restore <file>");
    process.exit(2);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
