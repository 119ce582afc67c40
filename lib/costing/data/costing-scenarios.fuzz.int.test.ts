/** Fuzzed costing scenario, package, financing and needs writes: each generated input is accepted or refused with a 4xx, and a refused one changes nothing. */
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import { costingPackages, costingScenarios } from "@/db/schema";
import { administrativeCostConventions, benefitLevelKinds, costingSexes, financingKinds, indexations, targetGroupKinds } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { currentVersion, formLike, fuzzerFor, fuzzTimeout, idAmong, mostly, versionLike, withVersion } from "@/lib/testing/fuzz";
import { addPackage } from "./add-package";
import { addScenario } from "./add-scenario";
import { createNeedsFromPackage } from "./create-needs";
import { editPackage } from "./edit-package";
import { editScenario } from "./edit-scenario";
import { childGrant, costingVersion, frameCosting, oldAgePension, recommendationsOf, writeInputs } from "./scenario-test-helpers";
import { setFinancing } from "./set-financing";
import { withdrawPackage } from "./withdraw-package";
import { restoreScenario, withdrawScenario } from "./withdraw-scenario";

const database = useTestDatabase();
const fuzz = fuzzerFor(database);
let mozambique: Actor;
const ids = { scenarios: [] as string[], togoScenario: "", packages: [] as string[], togoPackage: "", recommendations: [] as string[] };

beforeAll(async () => {
  mozambique = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
  const togo = await createPerson(database, { role: "working_group_member", countryCode: "TG" });
  await frameCosting(database, mozambique);
  await frameCosting(database, togo, "TG");
  await writeInputs(database);
  const recommendations = await recommendationsOf(database, mozambique);
  ids.recommendations = [recommendations.endorsed, recommendations.adopted, recommendations.proposed, recommendations.management];
  ids.scenarios = [(await addScenario(database.db, mozambique, childGrant())).id, (await addScenario(database.db, mozambique, oldAgePension())).id];
  ids.togoScenario = (await addScenario(database.db, togo, childGrant({ countryCode: "TG" }))).id;
  ids.packages = [(await addPackage(database.db, mozambique, { countryCode: "MZ", name: "Low option", scenarioIds: ids.scenarios })).id];
  ids.togoPackage = (await addPackage(database.db, togo, { countryCode: "TG", name: "Togo", scenarioIds: [ids.togoScenario] })).id;
});

/** The version of a scenario or package `id` names, for `withVersion`. */
async function versionOf(table: typeof costingScenarios | typeof costingPackages, id: unknown) {
  if (typeof id !== "string") return undefined;
  const [row] = await database.db.select({ version: table.version }).from(table).where(eq(table.id, id)).catch(() => []);
  return row?.version;
}
const withCostingVersion = (values: Record<string, unknown>) => withVersion(values, () => costingVersion(database));

const text = (maximum: number) =>
  fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== "") }, fc.string({ minLength: maximum - 5, maxLength: maximum + 20 }));
const blankOr = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof(fc.constant(""), arbitrary);
const percentage = () => mostly(["0", "12,5", "60", "100", "33.3333"], fc.constantFrom("100.01", "-1", "1e2", "½", "NaN", "12.34567"));
const year = () => mostly(["2025", "2027", "2030", 2028], fc.constantFrom("2024", "2031", "2027.5", "MMXXV", ""));
const scenarioFields = () => ({
  name: text(200),
  recommendationId: blankOr(idAmong(...ids.recommendations)),
  targetKind: mostly([...targetGroupKinds], fc.constant("households")),
  ageFrom: blankOr(mostly(["0", "18", "65", 120], fc.constantFrom("-1", "121", "6.5"))),
  ageTo: blankOr(mostly(["2", "64", "99"], fc.constantFrom("-3", "200"))),
  sex: blankOr(mostly([...costingSexes], fc.constant("other"))),
  eligibleShare: blankOr(percentage()),
  benefitKind: mostly([...benefitLevelKinds], fc.constant("voucher")),
  benefitAmount: blankOr(mostly(["100", "1 000", "2500.75"], fc.constantFrom("-5", "0", "1,5", "12345678901234567"))),
  indexation: blankOr(mostly([...indexations], fc.constant("wages"))),
  benefitShare: blankOr(mostly(["40", "100", "250"], fc.constantFrom("0", "1000.5", "-40"))),
  takeUpStart: percentage(),
  takeUpTarget: percentage(),
  takeUpYear: year(),
  administrativeConvention: mostly([...administrativeCostConventions], fc.constant("per_head")),
  administrativeRate: mostly(["0", "5", "99.9999"], fc.constantFrom("100", "150", "-2")),
});

/** Mixed inputs reach refusals; with so many fields, only whole valid forms reach the accepted path often enough. */
const mixedOrValid = (mixed: fc.Arbitrary<Record<string, unknown>>, valid: fc.Arbitrary<Record<string, unknown>>) =>
  fc.oneof(mixed, valid) as fc.Arbitrary<Record<string, unknown>>;
const validScenario = () =>
  fc.record({ name: text(200), form: fc.constantFrom(childGrant(), oldAgePension(), childGrant({ targetKind: "mothers_of_newborns", benefitKind: "gdp_per_head_share", benefitShare: "5" })) }).map(({ name, form }): Record<string, unknown> => ({ ...form, name }));

describe("fuzzed costing scenario and package writes get a 4xx or succeed, and refusals change nothing", () => {
  it("adding a scenario", async () => {
    const input = mixedOrValid(formLike({ countryCode: mostly(["MZ", "mz"], fc.constantFrom("TG", "ZZ")), ...scenarioFields() }), validScenario());
    await fuzz(input, (values) => addScenario(database.db, mozambique, values));
  }, fuzzTimeout);

  it("editing a scenario", async () => {
    const valid = validScenario().map(({ countryCode: _country, ...form }) => ({ ...form, id: ids.scenarios[0]!, version: currentVersion }));
    const input = mixedOrValid(formLike({ id: idAmong(...ids.scenarios, ids.togoScenario), version: versionLike(), ...scenarioFields() }), valid);
    await fuzz(input, async (values) => editScenario(database.db, mozambique, await withVersion(values, () => versionOf(costingScenarios, values.id))));
  }, fuzzTimeout);

  it("withdrawing and restoring a scenario", async () => {
    const input = fc.tuple(fc.boolean(), formLike({ id: idAmong(ids.scenarios[1]!, ids.togoScenario), version: versionLike(), reason: blankOr(text(1000)) }));
    await fuzz(input, async ([withdraw, values]) => {
      const versioned = await withVersion(values, () => versionOf(costingScenarios, values.id));
      return withdraw ? withdrawScenario(database.db, mozambique, versioned) : restoreScenario(database.db, mozambique, versioned);
    });
  }, fuzzTimeout);

  it("adding and editing a package", async () => {
    const scenarioIds = fc.oneof(
      { weight: 3, arbitrary: fc.subarray(ids.scenarios) },
      fc.constantFrom([ids.togoScenario], ["not-a-uuid"], ids.scenarios[0], Array.from({ length: 51 }, () => crypto.randomUUID())),
    );
    const add = formLike({ countryCode: mostly(["MZ"], fc.constantFrom("TG", "ZZ")), name: text(200), scenarioIds });
    await fuzz(add, (values) => addPackage(database.db, mozambique, values));
    const edit = formLike({ id: idAmong(...ids.packages, ids.togoPackage), version: versionLike(), name: text(200), scenarioIds });
    await fuzz(edit, async (values) => editPackage(database.db, mozambique, await withVersion(values, () => versionOf(costingPackages, values.id))));
  }, fuzzTimeout);

  it("withdrawing a package", async () => {
    const spare = (await addPackage(database.db, mozambique, { countryCode: "MZ", name: "Spare", scenarioIds: [] })).id;
    const input = formLike({ id: idAmong(spare, ids.togoPackage), version: versionLike(), reason: blankOr(text(1000)) });
    await fuzz(input, async (values) => withdrawPackage(database.db, mozambique, await withVersion(values, () => versionOf(costingPackages, values.id))));
  }, fuzzTimeout);

  it("setting a package's financing", async () => {
    const row = fc.record({
      year: year(),
      kind: mostly([...financingKinds], fc.constant("loans")),
      amount: mostly(["0", "250 000", "1000.5"], fc.constantFrom("-1", "1e6", "12345678901234567")),
      source: blankOr(text(500)),
    });
    const rows = fc.oneof({ weight: 3, arbitrary: fc.array(row, { minLength: 1, maxLength: 6 }) }, fc.constantFrom([], "rows", Array.from({ length: 65 }, () => ({ year: "2026", kind: "external", amount: "1" }))));
    const mixed = formLike({
      countryCode: mostly(["MZ"], fc.constantFrom("TG", "ZZ")),
      version: fc.oneof({ weight: 3, arbitrary: fc.constant(currentVersion) }, fc.constantFrom(0, 1, "x", 2 ** 53)),
      packageId: idAmong(...ids.packages, ids.togoPackage),
      rows,
    });
    const validRow = fc.record({ year: fc.constantFrom(2025, "2026", 2030), kind: fc.constantFrom(...financingKinds), amount: fc.constantFrom("0", "250 000", "1000.5"), source: blankOr(text(500)) });
    const valid = fc.record({
      countryCode: fc.constant("MZ"),
      version: fc.constant(currentVersion),
      packageId: fc.constant(ids.packages[0]!),
      rows: fc.uniqueArray(validRow, { minLength: 1, maxLength: 4, selector: (one) => `${one.year}/${one.kind}` }),
    });
    const input = mixedOrValid(mixed, valid);
    await fuzz(input, async (values) => setFinancing(database.db, mozambique, await withCostingVersion(values)));
  }, fuzzTimeout);

  it("turning a package's gap into funding needs", async () => {
    const years = fc.oneof({ weight: 3, arbitrary: fc.subarray([2025, 2026, "2027", 2028, 2029, 2030], { minLength: 1 }) }, fc.constantFrom([], [2031], "2026", ["x"], Array.from({ length: 17 }, (_, index) => 2020 + index)));
    const input = formLike({
      countryCode: mostly(["MZ", "mz"], fc.constantFrom("TG", "ZZ")),
      version: fc.oneof({ weight: 3, arbitrary: fc.constant(currentVersion) }, fc.constantFrom(0, 1, "x", 2 ** 53)),
      packageId: idAmong(...ids.packages, ids.togoPackage),
      years,
    });
    await fuzz(input, async (values) => createNeedsFromPackage(database.db, mozambique, await withCostingVersion(values)));
  }, fuzzTimeout);
});
