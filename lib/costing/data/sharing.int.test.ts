/**
 * Who reads a country's costing: kept to its country (the default), outsiders read nothing of it, neither through
 * the costing nor through a validated version; shared with all, everyone signed in reads it. Sharing names the
 * costing's version and only its writers may change it.
 */
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, costings, countries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { nationalDialogue } from "@/lib/assessment/matrix/test-helpers";
import { createSchemeCast, fingerprintOf } from "@/lib/assessment/test-helpers";
import { costingVisibleTo } from "@/lib/sharing/visibility";
import { useTestDatabase } from "@/lib/testing/database";
import { getCosting, getCostingInputs } from "./get-costing";
import { getCostingVersion } from "./get-version";
import { costedMozambique, costingVersionOf } from "./inputs-test-helpers";
import { shareCosting } from "./share";
import { validateCosting } from "./validate";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
let outsiders: Actor[];
let insiders: Actor[];
beforeAll(async () => {
  people = await createSchemeCast(database);
  outsiders = [people.togo, people.adviser, people.reviewer];
  insiders = [people.mozambiqueColleague, people.coordinator];
  await costedMozambique(database, people.mozambique);
  const dialogue = await nationalDialogue(database, people.mozambique, { title: "National dialogue on the costing" });
  await validateCosting(database.db, people.mozambique, { countryCode: "MZ", version: await costingVersionOf(database), milestoneId: dialogue });
});

/** Texts only the costing holds: a scenario's name, a source of a figure, of the population and of financing. */
const costingTexts = ["Child grant", "IMF World Economic Outlook", "INE projections", "Fuel subsidy reform"];
const share = async (sharingLevel: string, actor = people.mozambique, version?: number) =>
  shareCosting(database.db, actor, { countryCode: "MZ", version: version ?? (await costingVersionOf(database)), sharingLevel });
const visibleCountries = async (actor: Actor) => ({
  costings: (await database.db.select({ code: costings.countryCode }).from(costings).where(costingVisibleTo(actor, costings.countryCode))).map((row) => row.code),
  countries: (await database.db.select({ code: countries.code }).from(countries).where(costingVisibleTo(actor, countries.code)).orderBy(asc(countries.code))).map((row) => row.code),
});

async function expectKept(actor: Actor) {
  const costing = await getCosting(database.db, actor, "MZ");
  expect(costing).toMatchObject({ readable: false, frame: null, years: [], scenarios: [], packages: [], versions: [], changedSinceValidated: null });
  for (const text of costingTexts) expect(JSON.stringify(costing)).not.toContain(text);
  // The input screens' read keeps it as the page's does.
  const inputs = await getCostingInputs(database.db, actor, "MZ");
  expect(inputs).toMatchObject({ readable: false, frame: null, years: [] });
  for (const text of costingTexts) expect(JSON.stringify(inputs)).not.toContain(text);
  // A version that exists and one that does not answer alike.
  for (const number of ["1", "99"]) await expect(getCostingVersion(database.db, actor, "MZ", number)).rejects.toMatchObject({ code: "NOT_FOUND" });
  expect((await visibleCountries(actor)).costings).not.toContain("MZ");
}

async function expectRead(actor: Actor) {
  const costing = await getCosting(database.db, actor, "MZ");
  expect(costing).toMatchObject({ readable: true, frame: { currency: "MZN" } });
  for (const text of costingTexts) expect(JSON.stringify(costing)).toContain(text);
  // The input screens read the same frame, version and years, nothing costed.
  const { country, readable, sharingLevel, version, frame, years } = costing;
  expect(await getCostingInputs(database.db, actor, "MZ")).toEqual({ country, readable, sharingLevel, version, frame, years });
  expect((await getCostingVersion(database.db, actor, "MZ", "1")).content.scenarios).toHaveLength(2);
  expect((await visibleCountries(actor)).costings).toContain("MZ");
}

describe("a costing kept to its country", () => {
  it("gives outsiders nothing, through the costing or a version; its working group and coordinators read it all", async () => {
    for (const outsider of outsiders) await expectKept(outsider);
    for (const insider of insiders) await expectRead(insider);
  });

  it("a country without a costing reads as empty to its own group, and as kept to others", async () => {
    expect(await getCosting(database.db, people.togo, "TG")).toMatchObject({ readable: true, version: 0, frame: null, versions: [] });
    expect(await getCosting(database.db, people.mozambique, "TG")).toMatchObject({ readable: false, version: 0, frame: null });
    expect((await visibleCountries(people.reviewer)).countries).toEqual([]);
    expect((await visibleCountries(people.togo)).countries).toEqual(["TG"]);
  });
});

describe("sharing the costing", () => {
  it("only its writers may, naming the version they saw; the same level again is no change", async () => {
    const before = await fingerprintOf(database);
    for (const outsider of outsiders) await expect(share("all", outsider)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const seen = await costingVersionOf(database);
    await expect(share("all", people.mozambique, seen - 1)).rejects.toMatchObject({ code: "CONFLICT", current: { kind: "costing", version: seen } });
    await expect(share("world")).rejects.toMatchObject({ code: "INVALID", fieldErrors: { sharingLevel: "validation.choice" } });
    expect(await share("country")).toEqual({ countryCode: "MZ", version: seen });
    expect(await fingerprintOf(database)).toBe(before);
  });

  it("shared with all, it is read by everyone signed in, its dialogue's milestone only by those who read that", async () => {
    const seen = await costingVersionOf(database);
    expect(await share("all")).toEqual({ countryCode: "MZ", version: seen + 1 });
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "costing.share"));
    expect(entry).toMatchObject({ entityType: "costing", entityId: "MZ", actorId: people.mozambique.userId, before: { sharingLevel: "country" }, after: { sharingLevel: "all" } });
    for (const reader of [...outsiders, ...insiders]) await expectRead(reader);
    // The milestone is kept to Mozambique: outsiders see the version, not which milestone it names.
    expect((await getCosting(database.db, people.reviewer, "MZ")).versions[0]!.milestone).toBeNull();
    expect((await getCosting(database.db, people.coordinator, "MZ")).versions[0]!.milestone).toMatchObject({ title: "National dialogue on the costing" });
    expect((await visibleCountries(people.reviewer)).countries).toEqual(["MZ"]);
  });

  it("kept again, outsiders lose it all, its versions too", async () => {
    await share("country");
    for (const outsider of outsiders) await expectKept(outsider);
  });
});
