/**
 * The costing's part of the matrix e2e/api-authorization.spec.ts walks: each country's costing set up through the
 * API (framed, its inputs, a scenario in a package, validated once at a dialogue), then every costing write and read
 * at a costing in scope, in another country or forged. Every allowed write really changes something (a new source,
 * new figures, a new year's needs), and its answer keeps the versions the next write names.
 */
import { randomInt, randomUUID } from "node:crypto";
import type { Target } from "../../lib/permissions";
import type { Call, Case, Made, Where } from "./api-permission-cases";
import { unique } from "./forged-forms";

/** What the set-up made in a country's costing; `addedPackageId` is the package the latest allowed add made. */
export type CostingMade = { scenarioId: string; packageId: string; addedPackageId: string; dialogueId: string; nextNeedYear: number };

type Answer = { data: { id: string; version: number; costing?: { version: number } } };
type SetUp = (call: Call) => Promise<Answer>;

/** Where `versions` keeps a costing's own version, beside its scenarios' and packages' (by id). */
export const costingKey = (countryCode: string) => `costing:${countryCode}`;

const years = Array.from({ length: 11 }, (_, index) => 2025 + index);
const frame = () => ({ baseYear: 2025, horizonYear: 2035, currency: "USD", populationSource: unique("Population projections") });
const populationCsv = (of: number[]) =>
  ["year,sex,age,population", ...of.flatMap((year) => ["female", "male"].flatMap((sex) => [`${year},${sex},0-4,${randomInt(900_000, 1_000_000)}`, `${year},${sex},5+,${randomInt(9_000_000, 10_000_000)}`]))].join("\n");
const yearFigures = (year: number) => ({ year, gdp: "400000000000", gdpSource: unique("IMF WEO"), governmentExpenditure: "90000000000", inflation: 3, povertyLine: "30000" });
const childGrant = (name: string) => ({
  name,
  targetKind: "ages",
  ageFrom: 0,
  ageTo: 4,
  benefitKind: "monthly_amount",
  benefitAmount: "20",
  takeUpStart: 50,
  takeUpTarget: 80,
  takeUpYear: 2030,
  administrativeConvention: "on_top_of_benefits",
  administrativeRate: 5,
});

/** A country's costing, as far as a validated version: run by the coordinator's token in the spec's set-up. */
export async function setUpCosting(asSetUp: SetUp, countryCode: string, stepId: string, versions: Map<string, number>): Promise<CostingMade> {
  const url = `/countries/${countryCode}/costing`;
  let version = (await asSetUp({ method: "GET", url })).data.version;
  version = (await asSetUp({ method: "PUT", url: `${url}/frame`, body: { version, ...frame() } })).data.version;
  version = (await asSetUp({ method: "POST", url: `${url}/population`, body: { version, text: populationCsv(years) } })).data.version;
  version = (await asSetUp({ method: "PUT", url: `${url}/years`, body: { version, years: years.map(yearFigures) } })).data.version;
  const scenario = (await asSetUp({ method: "POST", url: `${url}/scenarios`, body: childGrant(unique("Child grant")) })).data;
  const costingPackage = (await asSetUp({ method: "POST", url: `${url}/packages`, body: { name: unique("Package"), scenarioIds: [scenario.id] } })).data;
  const dialogue = await asSetUp({
    method: "POST",
    url: `/countries/${countryCode}/milestones`,
    body: { countryStepId: stepId, title: unique("Costing dialogue"), occurredOn: "2025-06-01", links: [{ url: "https://example.org/minutes.pdf", title: "Minutes" }] },
  });
  version = costingPackage.costing!.version;
  await asSetUp({ method: "POST", url: `${url}/validations`, body: { version, milestoneId: dialogue.data.id } });
  // Validating counts one change.
  versions.set(costingKey(countryCode), version + 1);
  versions.set(scenario.id, scenario.version);
  versions.set(costingPackage.id, costingPackage.version);
  return { scenarioId: scenario.id, packageId: costingPackage.id, addedPackageId: costingPackage.id, dialogueId: dialogue.data.id, nextNeedYear: 2026 };
}

type Data = { version: number; id?: string; costing?: { version: number } };

/**
 * Every costing write, in an order that leaves the costing whole for the next visitor. A forged case names country
 * ZZ, or an unknown scenario or package of `ownCode`'s costing.
 */
export function costingWrites(where: Where, code: string, ownCode: string, made: Made): Case[] {
  const { versions, costings } = made;
  const forged = where === "forged";
  const target: Target | null = forged ? null : { countryCode: code };
  const key = costingKey(code);
  const costing = () => costings.get(code);
  const version = () => versions.get(key) ?? 1;
  const url = `/countries/${code}/costing`;
  const recordUrl = `/countries/${forged ? ownCode : code}/costing`;
  const scenarioId = () => (forged ? randomUUID() : costing()!.scenarioId);
  const packageId = () => (forged ? randomUUID() : costing()!.packageId);
  /** Keeps the costing's version an allowed answer carries, and what `more` reads of it. */
  const keep = (more?: (data: Data) => void) => (data: unknown) => {
    const answer = data as Data;
    versions.set(key, answer.costing?.version ?? answer.version);
    more?.(answer);
  };
  const write = (name: string, call: () => Call, after = keep()): Case => ({ name, action: "costing.write", where, target, call, after });
  const onRecord = (id: string | undefined) => keep((data) => id && versions.set(id, data.version));
  const trackedScenario = forged ? undefined : costing()?.scenarioId;
  const trackedPackage = forged ? undefined : costing()?.packageId;
  return [
    write("PUT /countries/{code}/costing/frame", () => ({ method: "PUT", url: `${url}/frame`, body: { version: version(), ...frame() } })),
    write("PUT /countries/{code}/costing/years", () => ({ method: "PUT", url: `${url}/years`, body: { version: version(), years: [yearFigures(2025)] } })),
    write("POST /countries/{code}/costing/population", () => ({ method: "POST", url: `${url}/population`, body: { version: version(), text: populationCsv([2035]) } })),
    write("PUT /countries/{code}/costing/population/{year}", () => ({
      method: "PUT",
      url: `${url}/population/2034`,
      body: { version: version(), groups: [{ ageFrom: 0, ageTo: 4, female: String(randomInt(900_000, 1_000_000)), male: "950000" }, { ageFrom: 5, ageTo: null, female: "9500000", male: "9400000" }] },
    })),
    // Shared with all, then kept to the country again: no read comes between.
    write("PUT /countries/{code}/costing/sharing (all)", () => ({ method: "PUT", url: `${url}/sharing`, body: { version: version(), sharingLevel: "all" } })),
    write("PUT /countries/{code}/costing/sharing (country)", () => ({ method: "PUT", url: `${url}/sharing`, body: { version: version(), sharingLevel: "country" } })),
    write("POST /countries/{code}/costing/scenarios", () => ({ method: "POST", url: `${url}/scenarios`, body: childGrant(unique("API scenario")) })),
    write("PATCH /countries/{code}/costing/scenarios/{id}", () => ({ method: "PATCH", url: `${recordUrl}/scenarios/${scenarioId()}`, body: { version: versions.get(scenarioId()) ?? 1, ...childGrant(unique("Edited scenario")) } }), onRecord(trackedScenario)),
    write("POST /countries/{code}/costing/scenarios/{id}/withdraw", () => ({ method: "POST", url: `${recordUrl}/scenarios/${scenarioId()}/withdraw`, body: { version: versions.get(scenarioId()) ?? 1, reason: "API probe" } }), onRecord(trackedScenario)),
    write("POST /countries/{code}/costing/scenarios/{id}/restore", () => ({ method: "POST", url: `${recordUrl}/scenarios/${scenarioId()}/restore`, body: { version: versions.get(scenarioId()) ?? 1 } }), onRecord(trackedScenario)),
    write(
      "POST /countries/{code}/costing/packages",
      () => ({ method: "POST", url: `${url}/packages`, body: { name: unique("API package"), scenarioIds: forged ? [] : [costing()!.scenarioId] } }),
      keep((data) => costing() && (costing()!.addedPackageId = data.id!)),
    ),
    write("PATCH /countries/{code}/costing/packages/{id}", () => ({ method: "PATCH", url: `${recordUrl}/packages/${packageId()}`, body: { version: versions.get(packageId()) ?? 1, name: unique("Edited package"), scenarioIds: forged ? [] : [costing()!.scenarioId] } }), onRecord(trackedPackage)),
    // The package an allowed visitor just added: the set-up's stays for the next visitor.
    write("POST /countries/{code}/costing/packages/{id}/withdraw", () => ({ method: "POST", url: `${recordUrl}/packages/${forged ? randomUUID() : costing()!.addedPackageId}/withdraw`, body: { version: 1, reason: "API probe" } })),
    write("PUT /countries/{code}/costing/packages/{id}/financing", () => ({
      method: "PUT",
      url: `${recordUrl}/packages/${packageId()}/financing`,
      body: { version: version(), rows: [{ year: 2025, kind: "reallocation", amount: String(randomInt(1_000, 1_000_000)), source: unique("Budget line") }] },
    })),
    // A year not yet turned into a need, so that each allowed visitor creates one.
    write(
      "POST /countries/{code}/costing/packages/{id}/needs",
      () => ({ method: "POST", url: `${recordUrl}/packages/${packageId()}/needs`, body: { version: version(), years: [costing()?.nextNeedYear ?? 2026] } }),
      keep(() => costing() && costing()!.nextNeedYear++),
    ),
    write(
      "POST /countries/{code}/costing/validations",
      () => ({ method: "POST", url: `${url}/validations`, body: { version: version(), milestoneId: costing()?.dialogueId ?? randomUUID() } }),
      // Its answer is the version frozen; validating counts one change.
      () => versions.set(key, version() + 1),
    ),
  ];
}

/** A costing kept to its country reads as empty to outsiders; its versions are not found. */
export function costingReads(where: Where, code: string): Case[] {
  const target: Target | null = where === "forged" ? null : { countryCode: code };
  return [
    { name: "GET /countries/{code}/costing", action: "country.read", where, target, call: () => ({ method: "GET", url: `/countries/${code}/costing` }) },
    { name: "GET /countries/{code}/costing/versions/{number}", action: "milestone.readUnshared", where, target, call: () => ({ method: "GET", url: `/countries/${code}/costing/versions/1` }) },
  ];
}
