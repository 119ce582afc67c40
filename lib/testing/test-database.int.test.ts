/**
 * The fixture's promise to every integration file: its database starts as the run's template, whatever another file's
 * database wrote. On PGlite every database of a process loads the same bytes of the template (test-database.ts says
 * why): were a database to write to them, the next one opened would start with its writes (the checkpoint puts them
 * in the files loaded from those bytes).
 */
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "@/db/engine";
import { countries } from "@/db/schema";
import { createTestDatabase } from "@/lib/testing/test-database";

describe("a test file's database", () => {
  it("starts as the template, without what another file's database wrote", async () => {
    const first = await createTestDatabase();
    try {
      const [seeded] = await first.db.select({ name: countries.name }).from(countries).where(eq(countries.code, "MZ"));
      expect(seeded?.name.en).toBe("Mozambique");
      await first.db.update(countries).set({ name: { en: "Written by the first database", fr: "", es: "", pt: "" } }).where(eq(countries.code, "MZ"));
      await first.db.execute(sql`create table written_by_the_first (id int)`);
      await first.db.execute(sql`checkpoint`);
      const second = await createTestDatabase();
      try {
        const [copied] = await second.db.select({ name: countries.name }).from(countries).where(eq(countries.code, "MZ"));
        expect(copied?.name.en).toBe("Mozambique");
        const tables = await queryRows<{ found: string | null }>(second.db, sql`select to_regclass('written_by_the_first')::text as found`);
        expect(tables[0]?.found).toBeNull();
      } finally {
        await second.drop();
      }
    } finally {
      await first.drop();
    }
  });
});
