/**
 * What the scenario, package and needs tests share: Mozambique's costing framed 2025–2030 in meticais, inputs
 * written straight to their tables (so these tests stand apart from the input use cases), scenarios and packages as their forms
 * send them, recommendations of the matrix in each state, and the counts a refused write must leave alone. Figures
 * are invented and round, so a test can state a cost by hand.
 */
import { count, eq } from "drizzle-orm";
import { assessmentItems, auditLog, costingFinancing, costingNeeds, costingPackages, costingPopulation, costingScenarios, costings, costingYears, supportNeeds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { addAssessmentItem } from "@/lib/assessment/matrix/add-item";
import { decideRecommendation } from "@/lib/assessment/matrix/decide-recommendation";
import { endorseAssessment } from "@/lib/assessment/matrix/endorse";
import { matrixVersion, nationalDialogue, recommendation } from "@/lib/assessment/matrix/test-helpers";
import { withdrawAssessmentItem } from "@/lib/assessment/matrix/withdraw-item";
import type { FileDatabase } from "@/lib/testing/database";
import { setCostingFrame } from "./set-frame";

type Fields = Record<string, unknown>;

/** The frame: 2025 to 2030, in meticais. */
export async function frameCosting(database: FileDatabase, actor: Actor, countryCode = "MZ") {
  return setCostingFrame(database.db, actor, { countryCode, version: 0, baseYear: 2025, horizonYear: 2030, currency: "MZN", populationSource: "INE projections 2017–2050" });
}

/**
 * Each year 2025–2029 (2030 left without figures): 1,000 children aged 0–2 and 20,000 persons aged 3 and over,
 * half of each sex; GDP 10 billion, government expenditure 2 billion, inflation 5 %, a poverty line of 12,000 a year.
 */
export async function writeInputs(database: FileDatabase, countryCode = "MZ") {
  const years = [2025, 2026, 2027, 2028, 2029];
  await database.db.insert(costingPopulation).values(
    years.flatMap((year) =>
      (["female", "male"] as const).flatMap((sex) => [
        { countryCode, year, sex, ageFrom: 0, ageTo: 2, population: "500" },
        { countryCode, year, sex, ageFrom: 3, ageTo: null, population: "10000" },
      ]),
    ),
  );
  await database.db
    .insert(costingYears)
    .values(years.map((year) => ({ countryCode, year, gdp: "10000000000", governmentExpenditure: "2000000000", inflation: "0.05", povertyLine: "12000" })));
}

/**
 * A child grant of 100 meticais a month, not indexed, for every child aged 0–2, half of whom take it up from the
 * start, without administrative cost: 1,000 × 50 % × 1,200 = 600,000 a year.
 */
export const childGrant = (overrides: Fields = {}): Fields => ({
  countryCode: "MZ",
  name: "Child grant 0–2",
  targetKind: "ages",
  ageFrom: "0",
  ageTo: "2",
  sex: "all",
  eligibleShare: "100",
  benefitKind: "monthly_amount",
  benefitAmount: "100",
  indexation: "none",
  takeUpStart: "50",
  takeUpTarget: "50",
  takeUpYear: "2025",
  administrativeConvention: "on_top_of_benefits",
  administrativeRate: "0",
  ...overrides,
});

/** An old-age pension at 40 % of the poverty line from 65, reaching 80 % take-up in 2028, with 5 % administration. */
export const oldAgePension = (overrides: Fields = {}): Fields =>
  childGrant({
    name: "Universal old-age pension",
    ageFrom: "65",
    ageTo: "",
    benefitKind: "poverty_line_share",
    benefitAmount: "",
    benefitShare: "40",
    takeUpStart: "20",
    takeUpTarget: "80",
    takeUpYear: "2028",
    administrativeRate: "5",
    ...overrides,
  });

/** A scenario's edit form as it opens, changed by `overrides`. */
export const scenarioEdit = (row: typeof costingScenarios.$inferSelect, fields: Fields, overrides: Fields = {}): Fields => {
  const { countryCode: _country, ...form } = fields;
  return { ...form, id: row.id, version: row.version, ...overrides };
};

/**
 * Recommendations of `countryCode`'s matrix in each state a link may meet: endorsed, adopted, proposed, endorsed but
 * of kind management, endorsed then withdrawn, and a policy gap.
 */
export async function recommendationsOf(database: FileDatabase, actor: Actor, countryCode = "MZ") {
  const add = async (fields: Fields) => (await addAssessmentItem(database.db, actor, recommendation({ countryCode, ...fields }))).id;
  const endorsed = await add({});
  const adopted = await add({ statement: "A universal old-age pension from 65" });
  const proposed = await add({ statement: "A disability grant for adults" });
  const management = await add({ statement: "Pay through mobile money", recommendationKind: "management" });
  const withdrawn = await add({ statement: "A school meals allowance" });
  const gap = (await addAssessmentItem(database.db, actor, recommendation({ countryCode, section: "policy_gap" }))).id;
  const milestoneId = await nationalDialogue(database, actor, { countryCode });
  await endorseAssessment(database.db, actor, { countryCode, version: await matrixVersion(database, countryCode), milestoneId, recommendationIds: [endorsed, adopted, management, withdrawn] });
  await decideRecommendation(database.db, actor, { id: adopted, version: await itemVersion(database, adopted), status: "adopted", decidedOn: "2025-07-01" });
  await withdrawAssessmentItem(database.db, actor, { id: withdrawn, version: await itemVersion(database, withdrawn), reason: "Merged with the child grant" });
  return { endorsed, adopted, proposed, management, withdrawn, gap };
}

async function itemVersion(database: FileDatabase, id: string) {
  const [row] = await database.db.select({ version: assessmentItems.version }).from(assessmentItems).where(eq(assessmentItems.id, id));
  return row!.version;
}

export async function scenarioRow(database: FileDatabase, id: string) {
  const [row] = await database.db.select().from(costingScenarios).where(eq(costingScenarios.id, id));
  if (!row) throw new Error(`no scenario ${id}`);
  return row;
}

export async function packageRow(database: FileDatabase, id: string) {
  const [row] = await database.db.select().from(costingPackages).where(eq(costingPackages.id, id));
  if (!row) throw new Error(`no package ${id}`);
  return row;
}

/** The costing's version, as its page carries it. */
export async function costingVersion(database: FileDatabase, countryCode = "MZ") {
  const [row] = await database.db.select({ version: costings.version }).from(costings).where(eq(costings.countryCode, countryCode));
  return row?.version ?? 0;
}

/** Rows a costing write could add, and audit entries: equal before and after a refused write. */
export async function costingCounts(database: FileDatabase) {
  const total = async (table: typeof costingScenarios | typeof costingPackages | typeof costingFinancing | typeof costingNeeds | typeof supportNeeds | typeof auditLog) =>
    (await database.db.select({ total: count() }).from(table))[0]!.total;
  return {
    scenarios: await total(costingScenarios),
    packages: await total(costingPackages),
    financing: await total(costingFinancing),
    costingNeeds: await total(costingNeeds),
    needs: await total(supportNeeds),
    audit: await total(auditLog),
    version: await costingVersion(database),
  };
}
