/**
 * Opens and migrates either engine behind one Drizzle type: PGlite on disk or in memory, or a PostgreSQL
 * server through `pg`. Used by the app (through db/index.ts), the scripts and the tests.
 */
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { type PgDatabase, type PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { lockDataFolder } from "./data-folder-lock";
import { installParsersAsWritten, PgliteForDrizzle } from "./pglite-client";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What query functions take: the database, or a transaction already under way. */
export type Queryable = Database | Transaction;

/** Rows of a raw SQL query; both drivers answer with `{ rows }`, which the shared Drizzle type cannot say. */
export async function queryRows<Row>(db: Queryable, query: SQL): Promise<Row[]> {
  return ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
}

/**
 * Reads that do not depend on one another: side by side on the database (each on a connection of the pool), one after
 * another inside a transaction, whose one connection takes one statement at a time (pg warns of statements sent at
 * once on one client, and its next major version refuses them). Each read is a function, so that none starts early.
 */
export async function readEach<const T extends readonly (() => PromiseLike<unknown>)[]>(
  db: Queryable,
  reads: T,
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  type Results = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
  if (!(db instanceof PgTransaction)) return (await Promise.all(reads.map((read) => read()))) as Results;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as Results;
}

export type Engine = {
  kind: "pglite" | "postgres";
  db: Database;
  migrate: () => Promise<void>;
  close: () => Promise<void>;
  /**
   * PGlite only: a tarball of the whole data folder, consistent, taken by the process that holds it; gzipped unless
   * asked otherwise (a copy kept on this machine for a moment loads faster uncompressed: the tests' template).
   */
  dumpDataDir?: (compression?: "gzip" | "none") => Promise<Blob>;
};

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
/**
 * SOCLE_QUERY_LOG=<file> appends each statement Drizzle sends, with its parameters, to the file as a JSON line: what
 * `npm run bench:page-sql` sends again alone, to see what a page adds over its queries. A benchmark's setting only: it
 * writes every parameter in clear.
 */
const queryLog = process.env.SOCLE_QUERY_LOG;
const logger = queryLog ? { logQuery: (query: string, params: unknown[]) => fs.appendFileSync(queryLog, `${JSON.stringify({ query, params })}\n`) } : undefined;
const options = { schema, casing: "snake_case", logger } as const;

/**
 * PGlite's planner prices reading a row by an index as an in-memory database's should (decision 2470): PostgreSQL's
 * default `random_page_cost` (4) is set for spinning disks, and made PGlite scan every support transaction to find
 * one country's few hundred. A PostgreSQL server keeps its own planner settings (docs/scaling.md).
 */
const pgliteSettings = "set random_page_cost = 1.1";

/**
 * PGlite in memory (the tests' databases) keeps a small buffer pool: its files are in memory already, so PostgreSQL's
 * default pool (128 MB) only copied them twice, and clearing that pool was about half of opening one
 * (docs/performance.md). A data folder on disk keeps the default.
 */
const inMemoryStartParams = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB", "-c", "wal_buffers=1MB"];

/**
 * PGlite in `folder` (locked for this process), or in memory when `folder` is null; `from`, a data folder
 * dumped by `dumpDataDir`, starts it as a copy of that database instead of an empty one.
 */
export async function openPglite(folder: string | null, from?: Blob): Promise<Engine> {
  const lock = folder ? lockDataFolder(folder) : null;
  try {
    const client = await PGlite.create({ dataDir: folder ?? undefined, loadDataDir: from, startParams: folder ? undefined : inMemoryStartParams });
    installParsersAsWritten(client);
    await client.exec(pgliteSettings);
    const db = drizzlePglite(new PgliteForDrizzle(client) as unknown as PGlite, options);
    return {
      kind: "pglite",
      db: db as unknown as Database,
      migrate: () => migratePglite(db, { migrationsFolder }),
      close: async () => {
        await client.close();
        lock?.release();
      },
      dumpDataDir: (compression = "gzip") => client.dumpDataDir(compression),
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

export async function openPostgres(url: string, maxConnections = 10): Promise<Engine> {
  // No JIT compilation: PostgreSQL compiles a query whose estimated cost passes jit_above_cost, and Socle's pages on a
  // large dataset (a home's per-country subqueries, the support list's totals) paid 0.6 s of compiling for queries
  // that run in 0.1–0.2 s without it (decision 2460).
  const pool = new pg.Pool({ connectionString: url, max: maxConnections, options: "-c jit=off" });
  // An idle pooled connection the server ends (PostgreSQL restarted, an administrator, a proxy's idle timeout) is
  // reported here, and the pool opens another when one is next needed; unheard, the report would end the process.
  pool.on("error", (error) => console.error(`Socle: an idle database connection ended (${error.message}); another is opened when needed.`));
  const db = drizzlePg(pool, options);
  return {
    kind: "postgres",
    db: db as unknown as Database,
    migrate: async () => {
      // Several instances may start at once on one server: one migrates, the others wait for it.
      const client = await pool.connect();
      try {
        await client.query("select pg_advisory_lock(hashtext('socle-migrations'))");
        await migratePg(db, { migrationsFolder });
      } finally {
        await client.query("select pg_advisory_unlock(hashtext('socle-migrations'))").catch(() => undefined);
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
