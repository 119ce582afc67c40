/**
 * The one database client of a server process: PGlite in the data folder by default, PostgreSQL when
 * DATABASE_URL is set. Opened lazily on first use and cached on globalThis, because Next evaluates this
 * module more than once per process and PGlite must be opened only once.
 */
import "server-only";
import { pgliteFolder, readEnv } from "@/lib/env";
import { type Database, type Engine, openPglite, openPostgres } from "./engine";

export type { Database, Queryable, Transaction } from "./engine";

const cache = globalThis as unknown as { socleEngine?: Promise<Engine> };

export function getEngine(): Promise<Engine> {
  cache.socleEngine ??= (async () => {
    const env = readEnv();
    return env.DATABASE_URL
      ? openPostgres(env.DATABASE_URL, env.DATABASE_POOL_SIZE)
      : openPglite(pgliteFolder(env));
  })();
  cache.socleEngine.catch(() => {
    cache.socleEngine = undefined; // let the next request try again rather than fail forever
  });
  return cache.socleEngine;
}

export async function getDb(): Promise<Database> {
  return (await getEngine()).db;
}
