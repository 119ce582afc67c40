/**
 * Results through the sharing rule: a marker planted in what Thailand's working group keeps to itself (a national
 * indicator it follows, a value's note, a followed series' baseline source and latest value's source, a scheme of
 * its inventory linked from a series it shares) is searched for in every results read. Outsiders (another country's
 * member, a reviewer, an adviser) never find it; insiders (the country's group, a coordinator) do, so each can fail.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { addScheme } from "@/lib/assessment/add-scheme";
import { AppError } from "@/lib/errors";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { addNationalIndicator } from "./add-indicator";
import { listCountryIndicatorHistory } from "./country-indicator-history";
import { followIndicator } from "./follow-indicator";
import { getCountryIndicator, getCountryResults } from "./get-country-results";
import { getIndicatorAcrossCountries } from "./indicator-across-countries";
import { listIndicators } from "./list-indicators";
import { recordIndicatorValue } from "./record-value";
import { follow } from "./test-helpers";

const marker = `zqleak${randomBytes(4).toString("hex")}`;
const database = useTestDatabase();
let thai: Actor, thaiColleague: Actor, coordinator: Actor, mozambique: Actor, reviewer: Actor, adviser: Actor;
let keptNational: string, keptSeries: string, sharedSeries: string;

beforeAll(async () => {
  const { db } = database;
  thai = await createPerson(database, { role: "working_group_member", countryCode: "TH" });
  thaiColleague = await createPerson(database, { role: "working_group_member", countryCode: "TH" });
  coordinator = await createPerson(database, { role: "coordinator" });
  mozambique = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
  reviewer = await createPerson(database, { role: "reviewer" });
  adviser = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });

  // A national indicator, followed and kept to the country (the default), with a value whose note names the marker.
  const national = await addNationalIndicator(db, thai, { countryCode: "TH", code: `TH_${marker}`, name: { en: `Old-age allowance ${marker}` }, unit: "persons" });
  keptNational = (await followIndicator(db, thai, { countryCode: "TH", indicatorId: national.id, baselineSource: `Registry ${marker}` })).id;
  await recordIndicatorValue(db, thai, { countryIndicatorId: keptNational, period: "2024", value: "11000000", note: `Count ${marker}` });
  // A catalogue series kept to the country, whose latest value's source names the marker: the view across countries reads it.
  keptSeries = await follow(database, thai, "TH", "SI_COV_BENFTS", { baselineSource: `WSPR ${marker}` });
  await recordIndicatorValue(db, thai, { countryIndicatorId: keptSeries, period: "2023", value: "68.2", source: `NSO ${marker}` });
  // A series shared with all, measuring a scheme kept to the country: its link is left out for outsiders.
  const scheme = await addScheme(db, thai, { countryCode: "TH", nationalName: `Child support grant ${marker}`, guarantees: ["children"], status: "in_force" });
  sharedSeries = await follow(database, thai, "TH", "SI_COV_CHLD", { sharingLevel: "all", schemeIds: [scheme.id] });
  // Mozambique shares the same series, so the view across countries has a row for outsiders.
  const mozambiqueSeries = await follow(database, mozambique, "MZ", "SI_COV_BENFTS", { sharingLevel: "all" });
  await recordIndicatorValue(db, mozambique, { countryIndicatorId: mozambiqueSeries, period: "2020", value: "9.1" });
});

/** A refusal shows nothing; anything else that fails is a failure of the test. */
async function shown(read: () => Promise<unknown>): Promise<string> {
  try {
    return JSON.stringify(await read());
  } catch (error) {
    if (error instanceof AppError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) return "";
    throw error;
  }
}

const outputs: Record<string, (actor: Actor) => Promise<string>> = {
  "the country's results": (actor) => shown(() => getCountryResults(database.db, actor, "TH")),
  "one followed indicator, by id": async (actor) =>
    (await Promise.all([keptNational, keptSeries, sharedSeries].map((id) => shown(() => getCountryIndicator(database.db, actor, id))))).join("\n"),
  "a followed indicator's history": async (actor) =>
    (await Promise.all([keptNational, keptSeries].map((id) => shown(() => listCountryIndicatorHistory(database.db, actor, { countryIndicatorId: id }))))).join("\n"),
  "the series across countries": (actor) => shown(() => getIndicatorAcrossCountries(database.db, actor, "SI_COV_BENFTS")),
  "the indicators to choose from": (actor) => shown(() => listIndicators(database.db, actor, { countryCode: "TH" })),
};

describe("results kept to Thailand's working group", () => {
  for (const [output, read] of Object.entries(outputs)) {
    it(`never reach an outsider through ${output}`, async () => {
      for (const outsider of [mozambique, reviewer, adviser]) expect(await read(outsider), `${output} as an outsider`).not.toContain(marker);
    });
    it(`reach an insider through ${output}`, async () => {
      for (const insider of [thaiColleague, coordinator]) expect(await read(insider), `${output} as an insider`).toContain(marker);
    });
  }

  it("outsiders read the shared series and Mozambique's value, not the kept ones; a kept one by id is not found", async () => {
    const results = await getCountryResults(database.db, mozambique, "TH");
    expect(results.indicators.map((row) => row.id)).toEqual([sharedSeries]);
    expect(results.indicators[0]!.links.schemes).toEqual([]);
    await expect(getCountryIndicator(database.db, reviewer, keptSeries)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getIndicatorAcrossCountries(database.db, adviser, "SI_COV_BENFTS")).countries.map((row) => row.countryCode)).toEqual(["MZ"]);
    expect((await getIndicatorAcrossCountries(database.db, thaiColleague, "SI_COV_BENFTS")).countries.map((row) => [row.countryCode, row.value])).toEqual([
      ["MZ", "9.1"],
      ["TH", "68.2"],
    ]);
  });
});
