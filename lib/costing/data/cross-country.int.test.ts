/**
 * The costing across countries on a real database: each country's latest validated version and its packages in the
 * horizon year, as frozen; a costing kept to its country read only by its working group and coordinators; a country
 * with drafts only left out; the costing's sharing as it stands now deciding, not as it stood at the dialogue.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createSchemeCast } from "@/lib/assessment/test-helpers";
import { useTestDatabase } from "@/lib/testing/database";
import type { Actor } from "@/lib/actor";
import { Decimal } from "../decimal";
import { listValidatedCostings } from "./cross-country";
import { validatedCostings } from "./cross-country-test-helpers";
import { getCostingVersion } from "./get-version";
import { costingVersionOf, yearForm } from "./inputs-test-helpers";
import { setYearFigures } from "./set-year-figures";
import { shareCosting } from "./share";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
let ids: Awaited<ReturnType<typeof validatedCostings>>;
beforeAll(async () => {
  people = await createSchemeCast(database);
  ids = await validatedCostings(database, people);
});

const countriesOf = async (actor: Actor) => (await listValidatedCostings(database.db, actor)).map((costing) => `${costing.countryCode} ${costing.number}`);

describe("the costing across countries", () => {
  it("gives each country's latest validated version, by country code, with its packages in the horizon year as frozen", async () => {
    const [mozambique, togo, ...others] = await listValidatedCostings(database.db, people.coordinator);
    expect(others).toEqual([]);
    // The second validation replaced the first, and it holds the package added between them.
    expect(mozambique).toMatchObject({ countryCode: "MZ", countryName: { en: "Mozambique" }, number: 2, validatedOn: "2026-03-02", baseYear: 2025, horizonYear: 2030, currency: "MZN" });
    const frozen = (await getCostingVersion(database.db, people.coordinator, "MZ", 2)).content.packages;
    expect(mozambique!.packages).toEqual(
      frozen.map((costingPackage) => {
        const horizon = costingPackage.rows.find((row) => row.year === 2030)!;
        return { id: costingPackage.id, name: costingPackage.name, totalCost: horizon.totalCost, shareOfGdp: horizon.shareOfGdp, problems: [] };
      }),
    );
    expect(mozambique!.packages.map((costingPackage) => [costingPackage.id, costingPackage.name])).toEqual([
      [ids.lowOption, "Low option"],
      [ids.highOption, "High option"],
    ]);
    // GDP in 2030 is 1,250 billion meticais: the share is the total over it.
    const [low] = mozambique!.packages;
    expect(new Decimal(low!.totalCost!).dividedBy("1250000000000").toSignificantDigits(8).equals(new Decimal(low!.shareOfGdp!).toSignificantDigits(8))).toBe(true);

    // Togo's horizon year has no figures: no cost, and the reasons, each once.
    expect(togo).toMatchObject({ countryCode: "TG", number: 1, validatedOn: "2025-11-20", horizonYear: 2030, currency: "XOF" });
    expect(togo!.packages).toEqual([{ id: ids.togoPackage, name: "Togo child grant", totalCost: null, shareOfGdp: null, problems: expect.arrayContaining([{ code: "missingPopulation", year: 2030 }]) }]);
    const problems = togo!.packages[0]!.problems.map((problem) => `${problem.code}:${problem.year}`);
    expect(new Set(problems).size).toBe(problems.length);
  });

  it("leaves out a country with drafts only, and a costing kept to its country for all but its working group and coordinators", async () => {
    for (const outsider of [people.mozambique, people.reviewer, people.adviser]) expect(await countriesOf(outsider)).toEqual(["MZ 2"]);
    for (const insider of [people.togo, people.coordinator]) expect(await countriesOf(insider)).toEqual(["MZ 2", "TG 1"]);
  });

  it("shows what the dialogue saw, whatever the draft became since", async () => {
    const before = await listValidatedCostings(database.db, people.coordinator);
    await setYearFigures(database.db, people.mozambique, { countryCode: "MZ", version: await costingVersionOf(database), years: [yearForm(2030, { gdp: "2 500 000 000 000" })] });
    expect(await listValidatedCostings(database.db, people.coordinator)).toEqual(before);
  });

  it("follows the costing's sharing as it stands: kept again, Mozambique's versions leave outsiders' view", async () => {
    await shareCosting(database.db, people.mozambique, { countryCode: "MZ", version: await costingVersionOf(database), sharingLevel: "country" });
    for (const outsider of [people.togo, people.reviewer, people.adviser]) expect(await countriesOf(outsider)).toEqual(people.togo === outsider ? ["TG 1"] : []);
    expect(await countriesOf(people.mozambiqueColleague)).toEqual(["MZ 2"]);
  });

  it("is refused to a person without a role", async () => {
    const nobody = { ...people.reviewer, memberships: [] };
    await expect(listValidatedCostings(database.db, nobody)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
