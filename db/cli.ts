/**
 * `npm run db:migrate` and `npm run db:seed`, for when no server is running (the server does both when it
 * starts). On the embedded database they take the data folder's lock, so they refuse to run beside a server.
 */
import { demoAccountsEnabled, pgliteFolder, readEnv } from "@/lib/env";
import { openPglite, openPostgres } from "./engine";
import { seedDatabase } from "./seed";

const command = process.argv[2];
if (command !== "migrate" && command !== "seed") {
  console.error("Usage: tsx db/cli.ts migrate|seed");
  process.exit(2);
}

const env = readEnv();
try {
  const engine = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL, 2) : await openPglite(pgliteFolder(env));
  try {
    await engine.migrate();
    if (command === "seed") await seedDatabase(engine.db, { demoAccounts: demoAccountsEnabled(env) });
    console.log(command === "seed" ? "Migrated and seeded." : "Migrated.");
  } finally {
    await engine.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
