/**
 * Database maintenance from the command line:
 *   npm run db:migrate            apply migrations (the server also does it when it starts)
 *   npm run db:seed               migrate, then load what is missing (framework, countries, agencies, demo accounts)
 *   npm run db:seed -- --demo     the same, then remove the demonstration dataset and generate it again (decision 2320;
 *                                 --seed=N and --last-day=YYYY-MM-DD draw another one)
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
import { describeDemoSummary, recreateDemoDataset } from "@/lib/seed/demo/demo-dataset";
import { seedDatabase } from "@/lib/seed/seed-database";

const [command, ...rest] = process.argv.slice(2);
const flags = new Map(rest.filter((value) => value.startsWith("--")).map((value) => [value.replace(/=.*$/, ""), value.includes("=") ? value.replace(/^[^=]*=/, "") : "true"]));
const fileArgument = rest.find((value) => !value.startsWith("--"));
const env = readEnv();
const stamp = () => new Date().toISOString().slice(0, 19).replaceAll(":", "-");

async function migrateOrSeed(seed: boolean) {
  const demo = seed && flags.has("--demo");
  // The dataset's people act beside the demo accounts, and they never come without them.
  if (demo && !demoAccountsEnabled(env)) throw new Error("--demo needs the demo accounts: SOCLE_DEMO_ACCOUNTS is false here, so nothing was changed.");
  const engine = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL, 2) : await openPglite(pgliteFolder(env));
  try {
    await engine.migrate();
    if (seed) await seedDatabase(engine.db, { demoAccounts: demoAccountsEnabled(env) });
    if (demo) {
      const seedNumber = flags.has("--seed") ? Number(flags.get("--seed")) : undefined;
      if (seedNumber !== undefined && !Number.isSafeInteger(seedNumber)) throw new Error("--seed takes a whole number");
      const started = performance.now();
      const summary = await recreateDemoDataset(engine.db, { seed: seedNumber, lastDay: flags.get("--last-day") });
      console.log(`Demonstration dataset made again in ${((performance.now() - started) / 1000).toFixed(1)} s: ${describeDemoSummary(summary)}.`);
    }
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
    console.error("Usage: tsx scripts/db-cli.ts migrate|seed [--demo [--seed=N] [--last-day=YYYY-MM-DD]]|backup [file]|restore <file>");
    process.exit(2);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
