/**
 * A pooled PostgreSQL connection ended by the server while idle (a restart, an administrator, a proxy's idle timeout)
 * is dropped and replaced: the process keeps running and the next query is answered.
 */
import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { openPostgres } from "./engine";

describe.skipIf(!process.env.DATABASE_URL)("a pooled connection the server ends (only with DATABASE_URL)", () => {
  it("is reported, not thrown, and the next query gets another connection", async () => {
    const engine = await openPostgres(process.env.DATABASE_URL!, 2);
    const reported = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const rows = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;
      const [{ pid }] = rows(await engine.db.execute(sql`select pg_backend_pid() as pid`)) as [{ pid: number }];
      // An administrator's own connection ends the pool's idle one.
      const administrator = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await administrator.connect();
      await administrator.query("select pg_terminate_backend($1)", [pid]).finally(() => administrator.end());
      await vi.waitFor(() => expect(reported).toHaveBeenCalledWith(expect.stringContaining("an idle database connection ended")));
      const [{ answer }] = rows(await engine.db.execute(sql`select 41 + 1 as answer`)) as [{ answer: number }];
      expect(answer).toBe(42);
    } finally {
      reported.mockRestore();
      await engine.close();
    }
  });
});
