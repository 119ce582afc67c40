import { PGlite, types } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { queryRows } from "./engine";
import { installParsersAsWritten, PgliteForDrizzle, withoutInstalledParsers } from "./pglite-client";

// PGlite only, whatever the run's engine: on the PostgreSQL pass (DATABASE_URL set) it would repeat the PGlite pass.
describe.runIf(!process.env.DATABASE_URL)("PGlite as Drizzle uses it", () => {
  let engine: TestDatabase;
  beforeAll(async () => {
    engine = await createTestDatabase();
  });
  afterAll(() => engine.drop());

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

  // patches/@electric-sql+pglite+0.5.16.patch (decision 2530): PGlite's reader copied each field's bytes into a new
  // buffer before decoding them; patched, it decodes them where they lie. A missing patch (an install that skipped
  // `postinstall`, a PGlite whose code moved) fails here, not only in the benchmarks.
  it("reads each text field where it lies, without a copy, and reads it whole in every language", async () => {
    const slice = vi.spyOn(ArrayBuffer.prototype, "slice");
    try {
      const rows = await queryRows<{ n: number; name: string; note: string | null; long: string }>(
        engine.db,
        sql`select g as n, 'Français — São Tomé, ✓ 😀 ' || g as name, case when g % 2 = 0 then null else '' end as note, repeat('é', 3000) as long
              from generate_series(1, 200) g order by g`,
      );
      expect(rows).toHaveLength(200);
      expect(rows[0]).toEqual({ n: 1, name: "Français — São Tomé, ✓ 😀 1", note: "", long: "é".repeat(3000) });
      expect(rows[199]).toMatchObject({ n: 200, name: "Français — São Tomé, ✓ 😀 200", note: null });
      // 700 fields with a value (100 nulls): unpatched, a copy of each beside PGlite's others (867 copies in all);
      // patched, only PGlite's others, of its output as it comes (157).
      expect(slice.mock.calls.length).toBeLessThan(400);
    } finally {
      slice.mockRestore();
    }
  });
});
