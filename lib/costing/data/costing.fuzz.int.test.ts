/** Fuzzed writes of a costing's inputs, sharing and validation: each generated input is accepted or refused with a 4xx, and a refused one changes nothing. */
import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { nationalDialogue } from "@/lib/assessment/matrix/test-helpers";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { currentVersion, formLike, fuzzerFor, fuzzTimeout, idAmong, mostly, withVersion } from "@/lib/testing/fuzz";
import { importPopulation } from "./import-population";
import { costedMozambique, costingVersionOf, populationCsv } from "./inputs-test-helpers";
import { setPopulation } from "./set-population";
import { setYearFigures } from "./set-year-figures";
import { shareCosting } from "./share";
import { validateCosting } from "./validate";

const database = useTestDatabase();
const fuzz = fuzzerFor(database);
let mozambique: Actor;
const ids = { dialogue: "", togoDialogue: "", withoutEvidence: "" };

beforeAll(async () => {
  mozambique = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
  const togo = await createPerson(database, { role: "working_group_member", countryCode: "TG" });
  await costedMozambique(database, mozambique);
  ids.dialogue = await nationalDialogue(database, mozambique);
  ids.togoDialogue = await nationalDialogue(database, togo, { countryCode: "TG" });
  ids.withoutEvidence = await nationalDialogue(database, mozambique, { evidence: false });
});

/** The costing's version for `withVersion`: every one of these writes names the whole costing's. */
const withCostingVersion = (values: Record<string, unknown>) => withVersion(values, () => costingVersionOf(database));
const costingVersion = () => fc.oneof({ weight: 3, arbitrary: fc.constant(currentVersion) }, fc.constantFrom(0, 1, -1, "2.5", "x", 2 ** 53));
const country = () => mostly(["MZ", "mz"], fc.constantFrom("TG", "ZZ", "MOZ"));
const amount = () => fc.oneof(fc.constant(""), mostly(["1 250 000", "0", "27000.5", "400000000000"], fc.constantFrom("-5", "1,5", "1e9", "12345678901234567", "abc")));
const year = () => mostly([2025, "2026", 2030], fc.constantFrom(2024, 2031, "20x6", 1.5, -1));
const text = () => fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 40 }) }, fc.string({ minLength: 495, maxLength: 520 }));

describe("fuzzed costing writes get a 4xx or succeed, and refusals change nothing", () => {
  it("setting the years' figures", async () => {
    const yearFigures = fc.record({
      year: year(),
      gdp: amount(),
      gdpSource: text(),
      governmentExpenditure: amount(),
      governmentExpenditureSource: text(),
      inflation: fc.oneof(fc.constant(""), mostly(["3.5", "-0.8", "4,25 %", 12], fc.constantFrom("-100", "1000.5", "3.12345", "1e2", "∞"))),
      inflationSource: text(),
      povertyLine: amount(),
      povertyLineSource: text(),
    });
    const mixed = formLike({ countryCode: country(), version: costingVersion(), years: fc.array(yearFigures, { maxLength: 18 }) });
    // Eight fields of a year each often wrong rarely all pass: a year of good figures reaches the accepted path.
    const good = fc.record({ year: fc.constantFrom(2025, 2026, 2030), gdp: fc.constantFrom("", "1 250 000"), inflation: fc.constantFrom("", "3.5", "-0.8"), gdpSource: fc.string({ maxLength: 40 }) });
    const valid = fc.record({ countryCode: fc.constant("MZ"), version: fc.constant(currentVersion), years: fc.array(good, { minLength: 1, maxLength: 1 }) });
    const input = fc.oneof(mixed, valid) as fc.Arbitrary<Record<string, unknown>>;
    await fuzz(input, async (values) => setYearFigures(database.db, mozambique, await withCostingVersion(values)));
  }, fuzzTimeout);

  it("importing population figures", async () => {
    const line = fc.tuple(mostly([2025, 2027], fc.constantFrom("20x5", "")), mostly(["female", "M", "Both sexes"], fc.constantFrom("other", "")), mostly(["0-4", "5", "65+"], fc.constantFrom("9-5", "200", "x")), mostly(["2400000", "1 000,5"], fc.constantFrom("-1", "1e5", "99999999999999")));
    const csv = fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(populationCsv([2025]), populationCsv([2026, 2027]), populationCsv([2025], { header: "Time;Sex;AgeGrp;Value" }).replaceAll(",", ";")) },
      fc.array(line, { maxLength: 12 }).map((lines) => ["year,sex,age,population", ...lines.map((cells) => cells.join(","))].join("\n")),
      fc.string({ maxLength: 200 }),
    );
    const input = formLike({ countryCode: country(), version: costingVersion(), text: csv });
    await fuzz(input, async (values) => importPopulation(database.db, mozambique, await withCostingVersion(values)));
  }, fuzzTimeout);

  it("typing a year's population", async () => {
    const age = () => mostly([0, 5, "15", 65], fc.constantFrom(-1, 151, "x", 2.5));
    const group = fc.record({ ageFrom: age(), ageTo: fc.oneof(fc.constant(""), age()), female: amount(), male: amount() });
    const input = formLike({ countryCode: country(), version: costingVersion(), year: year(), groups: fc.array(group, { maxLength: 6 }) });
    await fuzz(input, async (values) => setPopulation(database.db, mozambique, await withCostingVersion(values)));
  }, fuzzTimeout);

  it("sharing the costing", async () => {
    const input = formLike({ countryCode: country(), version: costingVersion(), sharingLevel: mostly(["country", "all"], fc.constant("world")) });
    await fuzz(input, async (values) => shareCosting(database.db, mozambique, await withCostingVersion(values)));
  }, fuzzTimeout);

  it("validating the costing", async () => {
    const input = formLike({
      countryCode: country(),
      version: costingVersion(),
      milestoneId: fc.oneof({ weight: 3, arbitrary: fc.constant(ids.dialogue) }, idAmong(ids.togoDialogue, ids.withoutEvidence), fc.constant("minutes")),
    });
    await fuzz(input, async (values) => validateCosting(database.db, mozambique, await withCostingVersion(values)));
  }, fuzzTimeout);
});
