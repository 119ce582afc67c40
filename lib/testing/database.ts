/**
 * The one fixture every integration test file uses: `useTestDatabase()` gives the file a fresh, migrated and
 * seeded database (PGlite in memory, or a new database on DATABASE_URL's server), opened before its tests and
 * dropped after them. Plus the helpers every domain's tests share.
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import { type Database, type Queryable, queryRows } from "@/db/engine";
import { countrySteps, frameworkSteps } from "@/db/schema";
import { createPerson, createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";

export { agencyIdOf, createPerson } from "@/lib/testing/test-database";

/**
 * This file's database: `db` may be read in hooks and tests, once the fixture's `beforeAll` has opened it; `url` is
 * its address on DATABASE_URL's server (undefined on PGlite), for a test that starts processes of its own.
 */
export type FileDatabase = { readonly db: Database; readonly url?: string };

/** Call once at a test file's top level, before its own hooks: theirs then run after the database is open. */
export function useTestDatabase(): FileDatabase {
  let opened: TestDatabase | undefined;
  beforeAll(async () => {
    opened = await createTestDatabase();
  });
  // After hooks run in reverse order (vitest's default "stack"), so the file's own clean-up runs before the drop.
  afterAll(() => opened?.drop());
  return {
    get db() {
      if (!opened) throw new Error("useTestDatabase: the database opens in beforeAll; read it inside a hook or a test");
      return opened.db;
    },
    get url() {
      return opened?.url;
    },
  };
}

/** An object the file's tests read, made once in a beforeAll hook: call it after `useTestDatabase()`, whose hook runs first. */
export function madeBeforeAll<Made extends object>(make: () => Promise<Made>): Made {
  const made = {} as Made;
  beforeAll(async () => {
    Object.assign(made, await make());
  });
  return made;
}

/**
 * The people the progress and review tests act as, made in this order: Benin's working group (Adjoa Mensah and
 * her colleague Codjo Houngbo), a member for Togo, a coordinator, a reviewer and an ILO adviser.
 */
export async function createCast(database: FileDatabase) {
  const benin = await createPerson(database, { role: "working_group_member", countryCode: "BJ", name: "Adjoa Mensah" });
  const beninColleague = await createPerson(database, { role: "working_group_member", countryCode: "BJ", name: "Codjo Houngbo" });
  const togo = await createPerson(database, { role: "working_group_member", countryCode: "TG" });
  const coordinator = await createPerson(database, { role: "coordinator", name: "Camille Coordinator" });
  const reviewer = await createPerson(database, { role: "reviewer", name: "Rita Reviewer" });
  const adviser = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
  return { benin, beninColleague, togo, coordinator, reviewer, adviser };
}

/** A country's step by its framework key, with what a change to it must quote. */
export async function stepOf(db: Database, countryCode: string, key: string) {
  const [step] = await db
    .select({ id: countrySteps.id, version: countrySteps.version, status: countrySteps.status })
    .from(countrySteps)
    .innerJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(and(eq(countrySteps.countryCode, countryCode), eq(frameworkSteps.key, key)));
  if (!step) throw new Error(`no step ${key} in ${countryCode}`);
  return step;
}

/** A File as a browser would upload it. */
export const upload = (bytes: Uint8Array, name: string, type = "application/octet-stream") => new File([new Uint8Array(bytes)], name, { type });

/**
 * PostgreSQL only: how many other connections wait for a lock `holder`'s connection holds, counted by `db` from
 * another connection (`pg_blocking_pids`, this database's connections only), for a test that waits for a write to be
 * blocked before it goes on.
 */
export async function waitersOn(db: Database, holder: Queryable): Promise<() => Promise<number>> {
  const [{ pid }] = (await queryRows<{ pid: number }>(holder, sql`select pg_backend_pid() as pid`)) as [{ pid: number }];
  return async () => (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from pg_stat_activity where ${pid}::int = any (pg_blocking_pids(pid))`))[0]!.n;
}
