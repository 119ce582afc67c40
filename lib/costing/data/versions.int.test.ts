/**
 * Validating a country's costing at a national dialogue: the milestone it names, the version its validator saw,
 * the frozen content (frame, inputs, scenarios, packages, financing and their computed rows), its number, what the
 * draft changed since; and the read model that shows the costing and its versions.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, costingScenarios, costingVersions } from "@/db/schema";
import { nationalDialogue, refusedDialogues } from "@/lib/assessment/matrix/test-helpers";
import { createSchemeCast, fingerprintOf } from "@/lib/assessment/test-helpers";
import { useTestDatabase } from "@/lib/testing/database";
import { Decimal } from "../decimal";
import type { CostingContent } from "./content";
import { getCosting } from "./get-costing";
import { getCostingVersion } from "./get-version";
import { importPopulation } from "./import-population";
import { costedMozambique, costingVersionOf, frameCosting, insertScenario, populationCsv, yearForm } from "./inputs-test-helpers";
import { setYearFigures } from "./set-year-figures";
import { validateCosting } from "./validate";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
let ids: Awaited<ReturnType<typeof costedMozambique>>;
let dialogue: string;
beforeAll(async () => {
  people = await createSchemeCast(database);
  ids = await costedMozambique(database, people.mozambique);
  dialogue = await nationalDialogue(database, people.mozambique, { occurredOn: "2025-09-18", title: "National dialogue on the costing" });
});

const validate = async (overrides: Record<string, unknown> = {}, actor = people.mozambique) =>
  validateCosting(database.db, actor, { countryCode: "MZ", version: await costingVersionOf(database), milestoneId: dialogue, ...overrides });

describe("what a validation must name", () => {
  it("a live milestone of the same country that holds live evidence", async () => {
    const refused = await refusedDialogues(database, people, { unknown: "costingRules.milestoneUnknown", needsEvidence: "costingRules.milestoneNeedsEvidence" });
    const before = await fingerprintOf(database);
    for (const [milestoneId, message] of [...refused, ["minutes", "validation.invalid"]]) {
      await expect(validate({ milestoneId })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { milestoneId: message } });
    }
    expect(await fingerprintOf(database)).toBe(before);
  });

  it("the costing's version its validator saw, and a costing with a scenario; only its working group and coordinators", async () => {
    await frameCosting(database, people.coordinator, { countryCode: "BJ", currency: "XOF" });
    const benin = await nationalDialogue(database, people.coordinator, { countryCode: "BJ" });
    const before = await fingerprintOf(database);
    const seen = await costingVersionOf(database);
    await expect(validate({ version: seen - 1 })).rejects.toMatchObject({ code: "CONFLICT", current: { kind: "costing", version: seen } });
    for (const outsider of [people.togo, people.adviser, people.reviewer]) await expect(validate({}, outsider)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const nothing = validateCosting(database.db, people.coordinator, { countryCode: "BJ", version: 1, milestoneId: benin });
    await expect(nothing).rejects.toMatchObject({ code: "INVALID", message: "costingRules.nothingToValidate" });
    await expect(validateCosting(database.db, people.coordinator, { countryCode: "TG", version: 1, milestoneId: benin })).rejects.toMatchObject({ message: "costingRules.noFrame" });
    expect(await fingerprintOf(database)).toBe(before);
  });
});

describe("a validated version", () => {
  it("freezes the frame, the inputs, the live scenarios and packages with their rows as version 1", async () => {
    const version = await costingVersionOf(database);
    const result = await validate();
    expect(result).toMatchObject({ countryCode: "MZ", number: 1, version: version + 1 });
    const [row] = await database.db.select().from(costingVersions).where(eq(costingVersions.id, result.id));
    expect(row).toMatchObject({ number: 1, validatedOn: "2025-09-18", milestoneId: dialogue, validatedById: people.mozambique.userId });
    const content = row!.content as CostingContent;
    expect(content.frame).toEqual({ baseYear: 2025, horizonYear: 2030, currency: "MZN", populationSource: "INE projections 2017–2050" });
    expect(content.years.map((year) => year.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(content.years[0]).toMatchObject({ gdp: "1250000000000", inflation: "0.045", povertyLine: "27000", gdpSource: "IMF World Economic Outlook, April 2025" });
    expect(content.population).toHaveLength(48);
    expect(content.scenarios.map((scenario) => [scenario.id, scenario.name, scenario.takeUpStart])).toEqual([
      [ids.childGrant, "Child grant 0–4", "0.2"],
      [ids.pension, "Social pension 65+", "0.5"],
    ]);
    // 4,795,000 children × 20 % × 540 MZN × 12 × 1.05.
    expect(content.scenarios[0]!.rows[0]).toMatchObject({ year: 2025, beneficiaries: "959000", annualBenefit: "6480", totalCost: "6525036000", shareOfGdp: "0.0052200288" });
    const pension2025 = new Decimal(955_000).times("0.5").times(13_500).dividedBy("0.95");
    const total2025 = pension2025.plus(6_525_036_000);
    const [lowOption] = content.packages;
    expect(lowOption).toMatchObject({ id: ids.lowOption, name: "Low option", scenarioIds: [ids.childGrant, ids.pension] });
    expect(lowOption!.rows[0]!.totalCost).toBe(total2025.toFixed());
    expect(lowOption!.financing).toEqual([
      { year: 2025, kind: "reallocation", amount: "5000000000", source: "Fuel subsidy reform" },
      { year: 2025, kind: "external", amount: "1500000000.5", source: "" },
    ]);
    expect(lowOption!.financingGap[0]).toMatchObject({ financing: "6500000000.5", uncovered: total2025.minus("6500000000.5").toFixed(), surplus: "0" });
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "costing.validate"));
    expect(entry).toMatchObject({ entityType: "costing", entityId: "MZ", after: { number: 1, validatedOn: "2025-09-18", scenarios: 2, packages: 1 } });

    const costing = await getCosting(database.db, people.mozambique, "mz");
    expect(costing).toMatchObject({ readable: true, version: version + 1, sharingLevel: "country", changedSinceValidated: false });
    expect(costing.versions.map((summary) => [summary.number, summary.validatedOn, summary.milestone?.id, summary.validatedByName])).toEqual([[1, "2025-09-18", dialogue, "Amélia Machava"]]);
    const frozen = await getCostingVersion(database.db, people.mozambique, "MZ", "1");
    expect(frozen).toMatchObject({ latestNumber: 1, version: { number: 1 }, sinceThen: { frame: [], years: [], scenarios: { added: [], changed: [], removed: [] } } });
  });

  it("a change afterwards makes a new draft: inputs by year and field, scenarios added, changed and removed, package totals", async () => {
    await setYearFigures(database.db, people.mozambique, { countryCode: "MZ", version: await costingVersionOf(database), years: [yearForm(2026, { gdp: "1 300 000 000 000", gdpSource: "IMF, October 2025" })] });
    await importPopulation(database.db, people.mozambique, { countryCode: "MZ", version: await costingVersionOf(database), text: populationCsv([2027]) });
    await database.db.update(costingScenarios).set({ takeUpTarget: "0.9", name: "Child grant 0–4, faster" }).where(eq(costingScenarios.id, ids.childGrant));
    await database.db.update(costingScenarios).set({ deletedAt: new Date(), withdrawalReason: "Left to the next dialogue" }).where(eq(costingScenarios.id, ids.pension));
    const disability = await insertScenario(database, people.mozambique, { name: "Disability grant", ageFrom: 18, ageTo: 64, eligibleShare: "0.02", position: 3 });

    const costing = await getCosting(database.db, people.mozambique, "MZ");
    expect(costing.changedSinceValidated).toBe(true);
    expect(costing.scenarios.map((scenario) => [scenario.name, scenario.version])).toEqual([["Child grant 0–4, faster", 1], ["Disability grant", 1]]);
    expect(costing.years[2]).toMatchObject({ year: 2027, population: { persons: "30140000", female: "15080000", male: "15060000", ageGroups: 4 } });
    const { sinceThen } = await getCostingVersion(database.db, people.mozambique, "MZ", 1);
    expect(sinceThen.frame).toEqual([]);
    expect(sinceThen.years).toEqual([
      { year: 2026, changes: [{ field: "gdp", before: "1250000000000", after: "1300000000000" }, { field: "gdpSource", before: "IMF World Economic Outlook, April 2025", after: "IMF, October 2025" }] },
      { year: 2027, changes: [{ field: "population", before: "30300000", after: "30140000" }] },
    ]);
    expect(sinceThen.scenarios.added.map((scenario) => scenario.id)).toEqual([disability]);
    expect(sinceThen.scenarios.removed.map((scenario) => scenario.id)).toEqual([ids.pension]);
    expect(sinceThen.scenarios.changed.map((change) => [change.after.id, change.fields])).toEqual([[ids.childGrant, ["name", "takeUpTarget"]]]);
    expect(sinceThen.packages).toEqual({ added: [], changed: [], removed: [] });
    const [totals] = sinceThen.totals;
    expect(totals!.years).toHaveLength(6);
    // The pension left the package's cost, and the child grant alone is now its total.
    expect(totals!.years[0]!.after).toBe("6525036000");
    expect(new Decimal(totals!.years[0]!.before!).gt(totals!.years[0]!.after!)).toBe(true);
  });

  it("numbers the next validation 2, leaving version 1 as it was", async () => {
    const second = await nationalDialogue(database, people.mozambique, { occurredOn: "2026-03-02", title: "Second dialogue on the costing" });
    expect(await validate({ milestoneId: second })).toMatchObject({ number: 2 });
    const first = await getCostingVersion(database.db, people.mozambique, "MZ", "1");
    expect(first.latestNumber).toBe(2);
    expect(first.content.scenarios.map((scenario) => scenario.name)).toEqual(["Child grant 0–4", "Social pension 65+"]);
    expect((await getCosting(database.db, people.mozambique, "MZ")).changedSinceValidated).toBe(false);
    for (const number of ["0", "3", "1.5", "abc", -1, 2 ** 40, null]) {
      await expect(getCostingVersion(database.db, people.mozambique, "MZ", number)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
