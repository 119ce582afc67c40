/**
 * One year of a country's costing population, as its form types it in: the age groups with the females and males of
 * each, with the costing's version (which the form names) and frame. Read under the costing's sharing rule, as
 * `getCosting` reads it: a costing kept to its country reads as not `readable` to outsiders, with nothing in it.
 * A year outside the frame, or no year at all, is NOT_FOUND; before the frame is set there is no year to read.
 */
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { costingPopulation } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { countryFor } from "@/lib/countries/query-countries";
import { notFound } from "@/lib/errors";
import { type PopulationGroupRow, populationGroupsOf } from "../population-groups";
import { type CostingFrame, plainFigure } from "./content";
import { type CostingView, costingReadable } from "./get-costing";

export type PopulationYearView = {
  country: CostingView["country"];
  readable: boolean;
  /** The costing's version, named by the form; 0 before its frame is set. */
  version: number;
  frame: CostingFrame | null;
  year: number;
  groups: PopulationGroupRow[];
  sexesGroupedAlike: boolean;
};

/** A year as an address gives it: four digits. */
function yearOf(input: unknown): number {
  const text = typeof input === "number" ? String(input) : input;
  if (typeof text !== "string" || !/^\d{4}$/.test(text)) throw notFound();
  return Number(text);
}

export async function getPopulationYear(db: Queryable, actor: Actor, code: unknown, yearInput: unknown): Promise<PopulationYearView> {
  const country = await countryFor(db, actor, code);
  const year = yearOf(yearInput);
  const { costing, readable } = await costingReadable(db, actor, country.code);
  const empty = { country, readable, version: costing?.version ?? 0, frame: null, year, groups: [], sexesGroupedAlike: true };
  if (!readable || !costing) return empty;
  if (year < costing.baseYear || year > costing.horizonYear) throw notFound();
  const figures = await db
    .select({ sex: costingPopulation.sex, ageFrom: costingPopulation.ageFrom, ageTo: costingPopulation.ageTo, population: costingPopulation.population })
    .from(costingPopulation)
    .where(and(eq(costingPopulation.countryCode, country.code), eq(costingPopulation.year, year)));
  const frame = { baseYear: costing.baseYear, horizonYear: costing.horizonYear, currency: costing.currency, populationSource: costing.populationSource };
  return { ...empty, frame, ...populationGroupsOf(figures.map((figure) => ({ ...figure, population: plainFigure(figure.population) }))) };
}
