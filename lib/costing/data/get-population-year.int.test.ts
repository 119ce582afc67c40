/**
 * One year's population read for its form: the groups with both sexes, as a file or the form stored them, the
 * costing's version to name, only years of the frame, and nothing for outsiders of a costing kept to its country.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createSchemeCast } from "@/lib/assessment/test-helpers";
import { useTestDatabase } from "@/lib/testing/database";
import { getPopulationYear } from "./get-population-year";
import { importPopulation } from "./import-population";
import { costingVersionOf, frameCosting, populationCsv } from "./inputs-test-helpers";
import { setPopulation } from "./set-population";
import { shareCosting } from "./share";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
beforeAll(async () => {
  people = await createSchemeCast(database);
});

describe("reading one year's population for its form", () => {
  it("has no year to read before the frame is set", async () => {
    expect(await getPopulationYear(database.db, people.mozambique, "mz", "2026")).toMatchObject({
      country: { code: "MZ" },
      readable: true,
      version: 0,
      frame: null,
      year: 2026,
      groups: [],
    });
  });

  it("gives the year's groups with both sexes, in plain figures, and the version to name", async () => {
    await frameCosting(database, people.mozambique);
    await importPopulation(database.db, people.mozambique, { countryCode: "MZ", version: await costingVersionOf(database), text: populationCsv([2025, 2026]) });
    const view = await getPopulationYear(database.db, people.mozambiqueColleague, "MZ", 2026);
    expect(view).toMatchObject({ version: await costingVersionOf(database), frame: { baseYear: 2025, horizonYear: 2030, currency: "MZN" }, sexesGroupedAlike: true });
    expect(view.groups).toEqual([
      { ageFrom: 0, ageTo: 4, female: "2410000", male: "2405000" },
      { ageFrom: 5, ageTo: 17, female: "4910000", male: "4905000" },
      { ageFrom: 18, ageTo: 64, female: "7310000", male: "7305000" },
      { ageFrom: 65, ageTo: null, female: "490000", male: "485000" },
    ]);
    expect((await getPopulationYear(database.db, people.coordinator, "MZ", "2027")).groups).toEqual([]);
  });

  it("reads what the form stored, and says when a file grouped the sexes differently", async () => {
    await setPopulation(database.db, people.mozambique, {
      countryCode: "MZ",
      version: await costingVersionOf(database),
      year: "2027",
      groups: [{ ageFrom: "0", ageTo: "", female: "1 000.5", male: "990" }],
    });
    expect(await getPopulationYear(database.db, people.mozambique, "MZ", "2027")).toMatchObject({ groups: [{ ageFrom: 0, ageTo: null, female: "1000.5", male: "990" }], sexesGroupedAlike: true });
    const uneven = ["year,sex,age,population", "2028,female,0-4,100", "2028,male,0,20", "2028,male,1-4,80"].join("\n");
    await importPopulation(database.db, people.mozambique, { countryCode: "MZ", version: await costingVersionOf(database), text: uneven });
    const view = await getPopulationYear(database.db, people.mozambique, "MZ", "2028");
    expect(view.sexesGroupedAlike).toBe(false);
    expect(view.groups.map((group) => [group.ageFrom, group.ageTo, group.female, group.male])).toEqual([
      [0, 0, null, "20"],
      [0, 4, "100", null],
      [1, 4, null, "80"],
    ]);
  });

  it("knows no year outside the frame, nor an address that is not a year", async () => {
    for (const year of ["2024", "2031", "20x6", "", "02026", undefined]) {
      await expect(getPopulationYear(database.db, people.mozambique, "MZ", year)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getPopulationYear(database.db, people.mozambique, "XX", "2026")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("gives outsiders nothing of a costing kept to its country, and the year once it is shared", async () => {
    for (const outsider of [people.togo, people.adviser, people.reviewer]) {
      expect(await getPopulationYear(database.db, outsider, "MZ", "2026")).toMatchObject({ readable: false, frame: null, groups: [] });
    }
    await shareCosting(database.db, people.mozambique, { countryCode: "MZ", version: await costingVersionOf(database), sharingLevel: "all" });
    expect((await getPopulationYear(database.db, people.togo, "MZ", "2026")).groups).toHaveLength(4);
  });
});
