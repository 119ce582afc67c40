/**
 * Sets one year's population as typed in a form: its age groups, females and males of each. The groups replace the
 * year's stored figures (from a file or typed before); an empty list clears the year. The year must be the frame's.
 */
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { costingPopulation } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { normalizeAmount } from "@/lib/support/money";
import { setPopulationSchema } from "@/lib/validation/costing";
import { parseInput } from "@/lib/validation/parse";
import { withValues } from "@/lib/validation/zod";
import { populationSexes } from "@/db/schema/values";
import type { PopulationFigure } from "../types";
import { costingAsSeen } from "./costing-change";
import { replacePopulation } from "./population-records";

/** A year's figures in one order and one spelling, so that the same figures typed again are no change. */
const canonical = (figures: PopulationFigure[]) =>
  figures
    .map((figure) => `${figure.sex}|${figure.ageFrom}|${figure.ageTo ?? ""}|${normalizeAmount(figure.population)}`)
    .sort()
    .join("\n");

export async function setPopulation(db: Database, actor: Actor, input: unknown): Promise<{ countryCode: string; version: number }> {
  const { countryCode, version, year, groups } = parseInput(setPopulationSchema, input);
  assertCan(actor, "costing.write", { countryCode });
  const figures: PopulationFigure[] = groups.flatMap((group) =>
    populationSexes.map((sex) => ({ year, sex, ageFrom: group.ageFrom, ageTo: group.ageTo, population: group[sex] })),
  );
  return db.transaction(async (tx) => {
    const costing = await costingAsSeen(tx, actor, countryCode, version);
    if (year < costing.baseYear || year > costing.horizonYear) throw invalid({ year: withValues("costingRules.yearOutsideFrame", { from: costing.baseYear, to: costing.horizonYear }) });
    const stored = await tx
      .select({ year: costingPopulation.year, sex: costingPopulation.sex, ageFrom: costingPopulation.ageFrom, ageTo: costingPopulation.ageTo, population: costingPopulation.population })
      .from(costingPopulation)
      .where(and(eq(costingPopulation.countryCode, countryCode), eq(costingPopulation.year, year)));
    if (canonical(stored) === canonical(figures)) return { countryCode, version: costing.version };
    const next = await replacePopulation(tx, actor, { countryCode, years: [year], figures, details: { from: "form" } });
    return { countryCode, version: next };
  });
}
