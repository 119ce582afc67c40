import { PGlite, types } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Engine, openPglite, queryRows } from "./engine";
import { installParsersAsWritten, PgliteForDrizzle, withoutInstalledParsers } from "./pglite-client";

describe("PGlite as Drizzle uses it", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await openPglite(null);
  });
  afterAll(() => engine.close());

  it("sends a query without the parsers the database already has, and keeps any other", () => {
    const drizzles = { rowMode: "array" as const, parsers: { [types.TIMESTAMPTZ]: (value: string) => value, [types.DATE]: (value: string) => value } };
    expect(withoutInstalledParsers(drizzles)).toEqual({ rowMode: "array" });
    const another = { rowMode: "array" as const, parsers: { [types.TIMESTAMPTZ]: (value: string) => value, [types.INT8]: (value: string) => BigInt(value) } };
    expect(withoutInstalledParsers(another)).toBe(another);
    expect(withoutInstalledParsers(undefined)).toBeUndefined();
  });

  it("hands Drizzle timestamps, dates, intervals and their arrays as PostgreSQL writes them, in and out of a transaction", async () => {
    const read = sql`select timestamptz '2026-03-01 10:00:00+00' as at, date '2026-03-01' as day, interval '2 days' as span,
      array[date '2026-03-01'] as days, array[timestamptz '2026-03-01 10:00:00+00'] as ats, 12.50::numeric as amount, '{"a": 1}'::jsonb as doc`;
    const expected = { at: "2026-03-01 10:00:00+00", day: "2026-03-01", span: "2 days", days: "{2026-03-01}", ats: '{"2026-03-01 10:00:00+00"}', amount: "12.50", doc: { a: 1 } };
    expect((await queryRows(engine.db, read))[0]).toEqual(expected);
    expect(await engine.db.transaction(async (tx) => (await queryRows(tx, read))[0])).toEqual(expected);
  });

  it("leaves PGlite's own reading to a query sent without Drizzle's parsers", async () => {
    const opened = await PGlite.create();
    installParsersAsWritten(opened);
    const client = new PgliteForDrizzle(opened);
    try {
      const { rows } = await client.query<{ n: number; ok: boolean }>("select 1::int as n, true as ok");
      expect(rows).toEqual([{ n: 1, ok: true }]);
    } finally {
      await client.client.close();
    }
  });
});
