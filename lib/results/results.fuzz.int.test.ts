/** Fuzzed results writes: each generated input is accepted or refused with a 4xx, and a refused one changes nothing. */
import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import { countryIndicators, indicatorValues } from "@/db/schema";
import { addScheme } from "@/lib/assessment/add-scheme";
import { stepOf, useTestDatabase } from "@/lib/testing/database";
import { currentVersion, formLike, fuzzerFor, fuzzTimeout, idAmong, mostly, versionIn, versionLike, withVersion } from "@/lib/testing/fuzz";
import { acceptProposal } from "./accept-proposal";
import { addNationalIndicator } from "./add-indicator";
import { declineProposal } from "./decline-proposal";
import { editCountryIndicator } from "./edit-country-indicator";
import { editIndicatorValue } from "./edit-value";
import { followIndicator } from "./follow-indicator";
import { proposeIndicatorValue } from "./propose-value";
import { recordIndicatorValue } from "./record-value";
import { createResultsCast, follow, indicatorIdOf, type ResultsCast } from "./test-helpers";
import { withdrawIndicatorValue } from "./withdraw-value";

const database = useTestDatabase();
const fuzz = fuzzerFor(database);
let people: ResultsCast;
let benin: string, togo: string, beninValue: string, beninStep: string, togoStep: string, beninScheme: string, togoScheme: string;
const catalogue: string[] = [];

beforeAll(async () => {
  people = await createResultsCast(database);
  benin = await follow(database, people.benin, "BJ", "SI_COV_BENFTS", { sharingLevel: "all" });
  togo = await follow(database, people.togo, "TG", "SI_COV_BENFTS", { sharingLevel: "all" });
  beninValue = (await recordIndicatorValue(database.db, people.benin, { countryIndicatorId: benin, period: "2020", value: "18" })).id;
  beninStep = (await stepOf(database.db, "BJ", "assessment")).id;
  togoStep = (await stepOf(database.db, "TG", "assessment")).id;
  beninScheme = (await addScheme(database.db, people.benin, { countryCode: "BJ", nationalName: "ARCH", guarantees: ["health"], status: "in_force" })).id;
  togoScheme = (await addScheme(database.db, people.togo, { countryCode: "TG", nationalName: "AMU", guarantees: ["health"], status: "in_force" })).id;
  for (const code of ["SI_COV_CHLD", "SI_COV_PENSN", "SPF_LEGAL_COVERAGE_GAIN"]) catalogue.push(await indicatorIdOf(database, code));
});

const blankOr = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof(fc.constant(""), arbitrary);
const text = (maximum: number) =>
  fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== "") }, fc.string({ minLength: maximum - 5, maxLength: maximum + 20 }));
const figure = () => mostly(["18.4", "1 250", "0", "100"], fc.constantFrom("-5", "1e6", "12,5", "0.00001", "9".repeat(40), "NaN", "101"));
const year = () => mostly(["2019", 2030], fc.constantFrom("1899", "2101", "2024.5", -1, "twenty"));
const period = () => mostly(["2020", "2016/17", "2021"], fc.constantFrom("Q3 2019", "2016/19", "", "x".repeat(40)));
const sex = () => mostly(["total", "female", "male"], fc.constant("other"));
const targets = () => fc.array(fc.record({ year: year(), value: figure() }), { maxLength: 4 });

const followFields = () => ({
  baselineValue: blankOr(figure()),
  baselineYear: blankOr(year()),
  baselineSource: blankOr(text(500)),
  targets: targets(),
  countryStepIds: fc.subarray([beninStep, togoStep]),
  schemeIds: fc.oneof(fc.subarray([beninScheme, togoScheme]), fc.constant(beninScheme)),
  recommendationIds: fc.oneof(fc.constant([]), fc.array(fc.uuid().map(String), { maxLength: 2 })),
  sharingLevel: mostly(["country", "all"], fc.constant("world")),
});

const valueFields = () => ({
  period: period(),
  periodStart: blankOr(mostly(["2019-07-01"], fc.constantFrom("2026-02-30", "yesterday"))),
  periodEnd: blankOr(mostly(["2020-06-30"], fc.constantFrom("2018-01-01", "0000-00-00"))),
  sex: sex(),
  value: figure(),
  source: blankOr(text(500)),
  note: blankOr(text(2000)),
  evidenceUrl: blankOr(mostly(["https://example.org/survey"], fc.constantFrom("javascript:alert(1)", "example.org"))),
});

describe("fuzzed results writes get a 4xx or succeed, and refusals change nothing", () => {
  it("adding a national indicator and following indicators", async () => {
    const national = formLike({
      countryCode: mostly(["BJ", "bj"], fc.constantFrom("TG", "ZZ")),
      code: mostly(["BJ_ARCH", "_L_BJ_1"], fc.constantFrom("", "A B", "x".repeat(50))),
      name: fc.record({ en: text(300) }),
      unit: mostly(["percent", "persons"], fc.constant("share")),
      sexBreakdown: fc.constantFrom("on", "", true),
    });
    await fuzz(national, (values) => addNationalIndicator(database.db, people.benin, values));
    const mixed = formLike({ countryCode: mostly(["BJ"], fc.constantFrom("TG", "ZZ")), indicatorId: idAmong(...catalogue), ...followFields() });
    // Every rule met at once (each catalogue entry is followed once: later ones are refused as already followed).
    const valid = fc.record({ countryCode: fc.constant("BJ"), indicatorId: fc.constantFrom(...catalogue), countryStepIds: fc.constant([beninStep]), schemeIds: fc.constant(beninScheme) });
    await fuzz(fc.oneof(mixed, valid) as fc.Arbitrary<Record<string, unknown>>, (values) => followIndicator(database.db, people.benin, values));
  }, fuzzTimeout);

  it("editing a followed indicator", async () => {
    const mixed = formLike({ id: idAmong(benin, togo), version: versionLike(), ...followFields() });
    const valid = fc.record({ id: fc.constant(benin), version: fc.constant(currentVersion), baselineValue: fc.constant("10"), baselineYear: fc.constant("2018"), targets: targets() });
    await fuzz(fc.oneof(mixed, valid) as fc.Arbitrary<Record<string, unknown>>, async (values) =>
      editCountryIndicator(database.db, people.benin, await withVersion(values, () => versionIn(database.db, countryIndicators, values.id))),
    );
  }, fuzzTimeout);

  it("recording, proposing and correcting values", async () => {
    const mixed = formLike({ countryIndicatorId: idAmong(benin, togo), ...valueFields() });
    const valid = fc.record({ countryIndicatorId: fc.constant(benin), period: fc.integer({ min: 1950, max: 2040 }).map(String), sex: sex(), value: fc.constantFrom("18.4", "0", "100") });
    const record = fc.oneof(mixed, valid) as fc.Arbitrary<Record<string, unknown>>;
    await fuzz(record, (values) => recordIndicatorValue(database.db, people.benin, values));
    await fuzz(record, (values) => proposeIndicatorValue(database.db, people.adviser, values));
    const mixedEdit = formLike({ id: idAmong(beninValue), version: versionLike(), ...valueFields() });
    const validEdit = fc.record({ id: fc.constant(beninValue), version: fc.constant(currentVersion), period: fc.constantFrom("2020", "1900"), value: fc.constantFrom("18.5", "19") });
    const edit = fc.oneof(mixedEdit, validEdit) as fc.Arbitrary<Record<string, unknown>>;
    await fuzz(edit, async (values) => editIndicatorValue(database.db, people.benin, await withVersion(values, () => versionIn(database.db, indicatorValues, values.id))));
  }, fuzzTimeout);

  it("accepting, declining and withdrawing proposals", async () => {
    const proposals = [];
    for (const year of ["2010", "2011", "2012"]) proposals.push((await proposeIndicatorValue(database.db, people.adviser, { countryIndicatorId: benin, period: year, value: "5" })).id);
    const input = fc.tuple(fc.constantFrom("accept", "decline", "withdraw"), formLike({ id: idAmong(...proposals, beninValue), version: versionLike(), reason: blankOr(text(1000)) }));
    await fuzz(input, async ([decision, values]) => {
      const versioned = await withVersion(values, () => versionIn(database.db, indicatorValues, values.id));
      if (decision === "accept") return acceptProposal(database.db, people.benin, versioned);
      if (decision === "decline") return declineProposal(database.db, people.benin, versioned);
      return withdrawIndicatorValue(database.db, people.adviser, versioned);
    });
  }, fuzzTimeout);
});
