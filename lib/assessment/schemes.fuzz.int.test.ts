/** Fuzzed scheme writes: each generated input is accepted or refused with a 4xx, and a refused one changes nothing. */
import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import { schemes } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { currentVersion, formLike, fuzzerFor, fuzzTimeout, idAmong, mostly, versionIn, versionLike, withVersion } from "@/lib/testing/fuzz";
import { addScheme } from "./add-scheme";
import { editScheme } from "./edit-scheme";
import { restoreScheme } from "./restore-scheme";
import { cashTransfer } from "./test-helpers";
import { withdrawScheme } from "./withdraw-scheme";

const database = useTestDatabase();
const fuzz = fuzzerFor(database);
let mozambique: Actor;
let mozambiqueSchemes: string[];
let togoScheme: string;

beforeAll(async () => {
  mozambique = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
  const togo = await createPerson(database, { role: "working_group_member", countryCode: "TG" });
  mozambiqueSchemes = [(await addScheme(database.db, mozambique, cashTransfer())).id, (await addScheme(database.db, mozambique, cashTransfer())).id];
  togoScheme = (await addScheme(database.db, togo, cashTransfer({ countryCode: "TG" }))).id;
});

const versionOf = (id: unknown) => versionIn(database.db, schemes, id);
const text = (maximum: number) =>
  fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== "") }, fc.string({ minLength: maximum - 5, maxLength: maximum + 20 }));
const blankOr = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof(fc.constant(""), arbitrary);
const amount = () => blankOr(mostly(["1500", "1 000.50"], fc.constantFrom("-5", "1e6", "12,5", "0.00001", "9".repeat(40), "NaN")));
const currency = () => blankOr(mostly(["MZN", "usd"], fc.constantFrom("XYZ", "US", "€")));
const date = () => blankOr(mostly(["2011-01-01", "2024-06-30"], fc.constantFrom("2026-02-30", "01/02/2026", "0000-00-00")));
const year = () => blankOr(mostly(["2024", 2023], fc.constantFrom("1899", "3000", "2024.5", -1, "twenty")));
const persons = () => blankOr(mostly(["600 000", 1200], fc.constantFrom("-1", "1e12", "3000000000", "1.5", "many")));
const listOf = (good: string[], bad: string[]) => fc.oneof(fc.subarray(good), fc.array(fc.constantFrom(...good, ...bad), { maxLength: 6 }), fc.constantFrom(...good));

const schemeFields = () => ({
  nationalName: text(300),
  englishName: blankOr(text(300)),
  guarantees: listOf(["health", "children", "active_age", "older_persons"], ["pensions", ""]),
  contribution: blankOr(mostly(["contributory", "non_contributory"], fc.constant("voluntary"))),
  kind: blankOr(mostly(["social_insurance", "universal", "public_works"], fc.constant("lottery"))),
  legalBasis: blankOr(text(2000)),
  legalBasisUrl: blankOr(mostly(["https://example.org/law"], fc.constantFrom("javascript:alert(1)", "ftp://x.org", "http://", "example.org"))),
  institution: blankOr(text(300)),
  eligibility: blankOr(text(2000)),
  benefitForm: blankOr(mostly(["cash", "in_kind"], fc.constant("voucher"))),
  benefitAmount: amount(),
  benefitCurrency: currency(),
  benefitFrequency: blankOr(mostly(["monthly", "one_off"], fc.constant("weekly"))),
  status: mostly(["planned", "pilot", "in_force", "discontinued"], fc.constant("abolished")),
  startedOn: date(),
  endedOn: date(),
  legalCoverage: persons(),
  effectiveCoverage: persons(),
  coverageYear: year(),
  expenditureAmount: amount(),
  expenditureCurrency: currency(),
  expenditureYear: year(),
  financing: listOf(["contributions", "tax", "external"], ["loans"]),
  sharingLevel: mostly(["country", "all"], fc.constant("world")),
});

describe("fuzzed scheme writes get a 4xx or succeed, and refusals change nothing", () => {
  it("adding a scheme", async () => {
    const mixed = formLike({ countryCode: mostly(["MZ", "mz"], fc.constantFrom("TG", "ZZ", "MOZ")), ...schemeFields() });
    // Many fields, each of which can break a rule: some inputs valid throughout, so the accepted path is reached.
    const valid = fc.record({ countryCode: fc.constant("MZ"), nationalName: text(300), guarantees: fc.constant(["children"]), status: fc.constantFrom("planned", "pilot"), benefitAmount: amount(), benefitCurrency: fc.constant("MZN") });
    const input = fc.oneof(mixed, valid) as fc.Arbitrary<Record<string, unknown>>;
    await fuzz(input, (values) => addScheme(database.db, mozambique, values));
  }, fuzzTimeout);

  it("editing a scheme", async () => {
    const mixed = formLike({ id: idAmong(...mozambiqueSchemes, togoScheme), version: versionLike(), ...schemeFields() });
    const valid = fc.record({ id: fc.constantFrom(...mozambiqueSchemes), version: fc.constant(currentVersion), nationalName: text(300), guarantees: fc.constant(["health"]), status: fc.constant("pilot") });
    const input = fc.oneof(mixed, valid) as fc.Arbitrary<Record<string, unknown>>;
    await fuzz(input, async (values) => editScheme(database.db, mozambique, await withVersion(values, () => versionOf(values.id))));
  }, fuzzTimeout);

  it("withdrawing and restoring a scheme", async () => {
    const input = fc.tuple(fc.boolean(), formLike({ id: idAmong(mozambiqueSchemes[1]!, togoScheme), version: versionLike(), reason: blankOr(text(1000)) }));
    await fuzz(input, async ([withdraw, values]) => {
      const versioned = await withVersion(values, () => versionOf(values.id));
      return withdraw ? withdrawScheme(database.db, mozambique, versioned) : restoreScheme(database.db, mozambique, versioned);
    });
  }, fuzzTimeout);
});
