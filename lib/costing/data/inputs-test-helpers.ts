/**
 * What the costing input tests share: Mozambique's costing framed 2025–2030 (figures invented, of Mozambique's
 * order of size), its population as a CSV file of four age groups, its years as the form sends them, and scenarios
 * and packages written straight into their tables (their use cases are built on another branch).
 */
import { eq } from "drizzle-orm";
import { costingFinancing, costingPackages, costings, costingScenarios } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import type { FileDatabase } from "@/lib/testing/database";
import { importPopulation } from "./import-population";
import { setCostingFrame } from "./set-frame";
import { setYearFigures } from "./set-year-figures";

type Fields = Record<string, unknown>;

/** The frame as its form sends it. */
export const mozambiqueFrame = (overrides: Fields = {}): Fields => ({
  countryCode: "MZ",
  version: 0,
  baseYear: "2025",
  horizonYear: "2030",
  currency: "mzn",
  populationSource: "INE projections 2017–2050",
  ...overrides,
});

export async function frameCosting(database: FileDatabase, actor: Actor, overrides: Fields = {}) {
  return setCostingFrame(database.db, actor, mozambiqueFrame(overrides));
}

/** The costing's version as a page that reads it now would send it. */
export async function costingVersionOf(database: FileDatabase, countryCode = "MZ") {
  const [row] = await database.db.select({ version: costings.version }).from(costings).where(eq(costings.countryCode, countryCode));
  return row?.version ?? 0;
}

/** Four age groups per sex and year, the open group last; each year a little larger than the one before. */
export function populationCsv(years: number[], { header = "year,sex,age,population" } = {}): string {
  const groups: [string, number][] = [
    ["0-4", 2_400_000],
    ["5-17", 4_900_000],
    ["18-64", 7_300_000],
    ["65+", 480_000],
  ];
  const lines = years.flatMap((year, index) =>
    (["female", "male"] as const).flatMap((sex) => groups.map(([age, persons]) => `${year},${sex},${age},${persons + index * 10_000 + (sex === "male" ? -5_000 : 0)}`)),
  );
  return [header, ...lines].join("\n");
}

/** A year's figures as the form sends them: amounts with spaces between thousands, inflation as a percentage. */
export const yearForm = (year: number, overrides: Fields = {}): Fields => ({
  year: String(year),
  gdp: "1 250 000 000 000",
  gdpSource: "IMF World Economic Outlook, April 2025",
  governmentExpenditure: "400 000 000 000",
  governmentExpenditureSource: "Budget law 2025",
  inflation: "4.5",
  inflationSource: "INE consumer price index",
  povertyLine: "27 000",
  povertyLineSource: "IOF 2022",
  ...overrides,
});

/** A child grant for ages 0–4, 540 MZN a month indexed to prices, taken up from 20 % to 80 % by 2028. */
export async function insertScenario(database: FileDatabase, actor: Actor, overrides: Partial<typeof costingScenarios.$inferInsert> = {}): Promise<string> {
  const [row] = await database.db
    .insert(costingScenarios)
    .values({
      countryCode: "MZ",
      name: "Child grant 0–4",
      targetKind: "ages",
      ageFrom: 0,
      ageTo: 4,
      benefitKind: "monthly_amount",
      benefitAmount: "540",
      takeUpStart: "0.2",
      takeUpTarget: "0.8",
      takeUpYear: 2028,
      administrativeConvention: "on_top_of_benefits",
      administrativeRate: "0.05",
      position: 1,
      createdById: actor.userId,
      ...overrides,
    })
    .returning({ id: costingScenarios.id });
  return row!.id;
}

export async function insertPackage(database: FileDatabase, actor: Actor, scenarioIds: string[], financing: { year: number; kind: "reallocation" | "new_revenue" | "contributions" | "external"; amount: string; source?: string }[] = []) {
  const [row] = await database.db.insert(costingPackages).values({ countryCode: "MZ", name: "Low option", scenarioIds, createdById: actor.userId }).returning({ id: costingPackages.id });
  if (financing.length) await database.db.insert(costingFinancing).values(financing.map((source) => ({ packageId: row!.id, ...source })));
  return row!.id;
}

/**
 * Mozambique's costing ready to validate: framed 2025–2030, its population and figures for every year, a child
 * grant and an old-age pension (a share of the poverty line, as a share of total expenditure), a package of both
 * with reallocated spending and external support in 2025. Returns the scenarios' and the package's ids.
 */
export async function costedMozambique(database: FileDatabase, actor: Actor) {
  const years = [2025, 2026, 2027, 2028, 2029, 2030];
  await frameCosting(database, actor);
  await importPopulation(database.db, actor, { countryCode: "MZ", version: await costingVersionOf(database), text: populationCsv(years) });
  await setYearFigures(database.db, actor, { countryCode: "MZ", version: await costingVersionOf(database), years: years.map((year) => yearForm(year)) });
  const childGrant = await insertScenario(database, actor);
  const pension = await insertScenario(database, actor, {
    name: "Social pension 65+",
    ageFrom: 65,
    ageTo: null,
    benefitKind: "poverty_line_share",
    benefitAmount: null,
    benefitShare: "0.5",
    indexation: "none",
    takeUpStart: "0.5",
    takeUpTarget: "0.5",
    administrativeConvention: "share_of_total",
    position: 2,
  });
  const lowOption = await insertPackage(database, actor, [childGrant, pension], [
    { year: 2025, kind: "reallocation", amount: "5000000000", source: "Fuel subsidy reform" },
    { year: 2025, kind: "external", amount: "1500000000.5" },
  ]);
  return { childGrant, pension, lowOption };
}
