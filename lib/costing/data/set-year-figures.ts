/**
 * Sets the macroeconomic figures of some years of a country's costing: nominal GDP, government expenditure,
 * inflation (typed as a percentage, stored as a rate) and the poverty line, each with its source. Each year named
 * is set in full (a blank figure is not known); the years not named stay as they are. Years must be the frame's.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { costingYears } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields } from "@/lib/audit";
import { type FieldErrors, invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { setYearFiguresSchema } from "@/lib/validation/costing";
import { parseInput } from "@/lib/validation/parse";
import { withValues } from "@/lib/validation/zod";
import { type FrozenYear, plainFigure, yearFields } from "./content";
import { costingAsSeen, recordCostingChange } from "./costing-change";

const blankYear = (year: number): FrozenYear => ({
  year,
  gdp: null,
  gdpSource: "",
  governmentExpenditure: null,
  governmentExpenditureSource: "",
  inflation: null,
  inflationSource: "",
  povertyLine: null,
  povertyLineSource: "",
});

/** A year's figures as compared and audited: each figure in its plainest text ("1250000.0000" and "1250000" are one). */
const snapshotOf = (figures: Omit<FrozenYear, "year">): Record<string, unknown> =>
  Object.fromEntries(yearFields.map((field) => [field, field.endsWith("Source") ? figures[field] : plainFigure(figures[field])]));

export async function setYearFigures(db: Database, actor: Actor, input: unknown): Promise<{ countryCode: string; version: number }> {
  const { countryCode, version, years } = parseInput(setYearFiguresSchema, input);
  assertCan(actor, "costing.write", { countryCode });
  return db.transaction(async (tx) => {
    const costing = await costingAsSeen(tx, actor, countryCode, version);
    const outside: FieldErrors = {};
    years.forEach((figures, index) => {
      if (figures.year < costing.baseYear || figures.year > costing.horizonYear) {
        outside[`years.${index}.year`] = withValues("costingRules.yearOutsideFrame", { from: costing.baseYear, to: costing.horizonYear });
      }
    });
    if (Object.keys(outside).length) throw invalid(outside);
    const stored = await tx
      .select()
      .from(costingYears)
      .where(and(eq(costingYears.countryCode, countryCode), inArray(costingYears.year, years.map((figures) => figures.year))));
    const storedByYear = new Map(stored.map((row) => [row.year, row]));
    const before: Record<string, Record<string, unknown>> = {};
    const after: Record<string, Record<string, unknown>> = {};
    const changedYears = years.filter((figures) => {
      const changed = changedFields(snapshotOf(storedByYear.get(figures.year) ?? blankYear(figures.year)), snapshotOf(figures));
      if (Object.keys(changed.after).length === 0) return false;
      before[figures.year] = changed.before;
      after[figures.year] = changed.after;
      return true;
    });
    if (changedYears.length === 0) return { countryCode, version: costing.version };
    // Each year named is set in full: its row is written anew.
    const written = changedYears.map((figures) => figures.year);
    await tx.delete(costingYears).where(and(eq(costingYears.countryCode, countryCode), inArray(costingYears.year, written)));
    await tx.insert(costingYears).values(changedYears.map((figures) => ({ countryCode, ...figures })));
    const next = await recordCostingChange(tx, actor, countryCode, { action: "costing.years", before, after });
    return { countryCode, version: next };
  });
}

