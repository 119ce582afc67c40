/**
 * Which database failures are the database's, not the request's (db/transient-errors.ts), on real failures as the
 * engines and Drizzle raise them: a constraint or a typo is the request's; no server listening, and on PostgreSQL a
 * deadlock, a serialization failure, a row lock refused and a connection ended under a query are the database's.
 */
import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/database";
import { openPostgres } from "./engine";
import { isTransientDatabaseError } from "./transient-errors";

const database = useTestDatabase();

/** What `work` threw (it must throw). */
async function thrownBy(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("a failure of the request's own", () => {
  it("is not transient: a unique key taken, a statement PostgreSQL cannot read", async () => {
    const taken = await thrownBy(() => database.db.execute(sql`insert into countries select * from countries where code = 'BJ'`));
    expect((taken as Error).cause).toMatchObject({ code: "23505" });
    expect(isTransientDatabaseError(taken)).toBe(false);
    expect(isTransientDatabaseError(await thrownBy(() => database.db.execute(sql`selec 1`)))).toBe(false);
    expect(isTransientDatabaseError(new Error("anything else"))).toBe(false);
  });
});

describe("a database out of reach", () => {
  it("is transient: nothing listening at the server's address", async () => {
    const nowhere = await openPostgres("postgres://postgres@127.0.0.1:9/socle", 1);
    try {
      const refused = await thrownBy(() => nowhere.db.execute(sql`select 1`));
      expect(isTransientDatabaseError(refused)).toBe(true);
    } finally {
      await nowhere.close();
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)("a busy PostgreSQL (only with DATABASE_URL)", () => {
  const rows = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

  it("is transient: a deadlock PostgreSQL ends by failing one transaction", async () => {
    let firstHolds!: () => void;
    const held = new Promise<void>((resolve) => (firstHolds = resolve));
    let secondHolds!: () => void;
    const bothHold = new Promise<void>((resolve) => (secondHolds = resolve));
    const lock = (key: number) => sql`select pg_advisory_xact_lock(424242, ${key})`;
    const outcomes = await Promise.allSettled([
      database.db.transaction(async (tx) => {
        await tx.execute(lock(1));
        firstHolds();
        await bothHold;
        await tx.execute(lock(2));
      }),
      database.db.transaction(async (tx) => {
        await held;
        await tx.execute(lock(2));
        secondHolds();
        await tx.execute(lock(1));
      }),
    ]);
    const failed = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
    expect(failed).toHaveLength(1);
    expect((failed[0] as Error).cause).toMatchObject({ code: "40P01" });
    expect(isTransientDatabaseError(failed[0])).toBe(true);
  });

  it("is transient: a serialization failure, and a row lock refused at once", async () => {
    const [{ code }] = rows(await database.db.execute(sql`select code from countries order by code limit 1`)) as [{ code: string }];
    let firstRead!: () => void;
    const read = new Promise<void>((resolve) => (firstRead = resolve));
    const touch = sql`update countries set updated_at = now() where code = ${code}`;
    const outcomes = await Promise.allSettled([
      database.db.transaction(
        async (tx) => {
          await tx.execute(sql`select count(*) from countries`);
          firstRead();
          await new Promise((resolve) => setTimeout(resolve, 200));
          await tx.execute(touch);
        },
        { isolationLevel: "repeatable read" },
      ),
      (async () => {
        await read;
        await database.db.execute(touch); // commits while the first is between its read and its write
      })(),
    ]);
    const [serialization] = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
    expect((serialization as Error).cause).toMatchObject({ code: "40001" });
    expect(isTransientDatabaseError(serialization)).toBe(true);

    const refused = await database.db.transaction(async (tx) => {
      await tx.execute(sql`select code from countries where code = ${code} for update`);
      return thrownBy(() => database.db.execute(sql`select code from countries where code = ${code} for update nowait`));
    });
    expect((refused as Error).cause).toMatchObject({ code: "55P03" });
    expect(isTransientDatabaseError(refused)).toBe(true);
  });

  it("is transient: a connection an administrator ends under a query", async () => {
    // Started now (a Drizzle query runs when awaited), its failure kept for below.
    const ended = thrownBy(() => database.db.execute(sql`select pg_sleep(30)`));
    const administrator = new pg.Client({ connectionString: database.url });
    await administrator.connect();
    try {
      await expect
        .poll(async () => (await administrator.query("select pg_terminate_backend(pid) from pg_stat_activity where query like 'select pg_sleep(30)%' and pid <> pg_backend_pid()")).rowCount)
        .toBe(1);
    } finally {
      await administrator.end();
    }
    expect(isTransientDatabaseError(await ended)).toBe(true);
  });
});
