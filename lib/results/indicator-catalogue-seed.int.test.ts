import { isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { indicators } from "@/db/schema";
import { seedIndicators } from "@/db/seed-data/indicators";
import { seedDatabase } from "@/lib/seed/seed-database";
import { useTestDatabase } from "@/lib/testing/database";

const database = useTestDatabase();

describe("the catalogue of indicators Socle ships", () => {
  it("holds every SDG 1.3.1 series, its poorest-quintile forms and the three Flagship results, named in four languages", async () => {
    const rows = await database.db.select().from(indicators).where(isNull(indicators.countryCode));
    const codes = rows.map((row) => row.code).sort();
    expect(codes).toEqual(seedIndicators.map((indicator) => indicator.code).sort());
    expect(codes).toContain("SI_COV_SOCASTPQ");
    expect(codes).toContain("SPF_LEGAL_COVERAGE_GAIN");
    expect(rows.filter((row) => row.family === "sdg_1_3_1")).toHaveLength(15);
    for (const row of rows) expect(Object.keys(row.name).sort()).toEqual(["en", "es", "fr", "pt"]);
  });

  it("is loaded again without a second copy", async () => {
    await seedDatabase(database.db, { demoAccounts: false });
    const rows = await database.db.select({ code: indicators.code }).from(indicators).where(isNull(indicators.countryCode));
    expect(rows).toHaveLength(seedIndicators.length);
  });
});
