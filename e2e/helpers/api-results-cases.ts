/**
 * The results' part of the matrix e2e/api-authorization.spec.ts walks: in each country the set-up follows a catalogue
 * series shared with everyone (so an adviser may propose values of it) and records a value; then every results write
 * and read at an indicator in scope, in another country or forged. Every allowed write changes something (a new
 * series followed, a new year's value, a new source), and its answer keeps the versions the next write names.
 * Accepting and declining proposals are walked by lib/api/results-endpoints.int.test.ts.
 */
import { randomUUID } from "node:crypto";
import type { Target } from "../../lib/permissions";
import type { Call, Case, Made, Where } from "./api-permission-cases";
import { unique } from "./forged-forms";

/** What the set-up made in a country: the followed series, a value of it, the catalogue entries (ids) still free to follow, the next year free. */
export type ResultsMade = { countryIndicatorId: string; valueId: string; freeIndicatorIds: string[]; nextYear: number };

type SetUp = (call: Call) => Promise<{ data: { id: string; version: number } }>;

/**
 * Follows the first series of the catalogue the country does not follow yet (a retry of the spec finds those the
 * first try followed), shared with everyone, and records its 2000 value.
 */
export async function setUpResults(asSetUp: SetUp, countryCode: string, versions: Map<string, number>): Promise<ResultsMade> {
  const catalogue = (await asSetUp({ method: "GET", url: "/indicators" })) as unknown as { data: { id: string; code: string; unit: string }[] };
  const followedNow = (await asSetUp({ method: "GET", url: `/countries/${countryCode}/results` })) as unknown as { data: { indicators: { indicator: { id: string } }[] } };
  const alreadyFollowed = new Set(followedNow.data.indicators.map((followed) => followed.indicator.id));
  const [first, ...rest] = catalogue.data.filter((indicator) => indicator.unit === "percent" && !alreadyFollowed.has(indicator.id));
  const followed = await asSetUp({
    method: "POST",
    url: `/countries/${countryCode}/results`,
    body: { indicatorId: first!.id, baselineValue: "10", baselineYear: 1999, sharingLevel: "all" },
  });
  const value = (await asSetUp({ method: "POST", url: `/country-indicators/${followed.data.id}/values`, body: { period: "2000", value: "11" } })).data;
  versions.set(followed.data.id, followed.data.version);
  versions.set(value.id, value.version);
  return { countryIndicatorId: followed.data.id, valueId: value.id, freeIndicatorIds: rest.map((indicator) => indicator.id), nextYear: 2001 };
}

/** Every results write, in an order that leaves the followed indicator and its value live for the next visitor. */
export function resultsWrites(where: Where, code: string, made: Made): Case[] {
  const { versions, results } = made;
  const forged = where === "forged";
  const target: Target | null = forged ? null : { countryCode: code };
  const mine = () => results.get(code);
  const followedId = () => (forged ? randomUUID() : mine()!.countryIndicatorId);
  const valueId = () => (forged ? randomUUID() : mine()!.valueId);
  const tracked = forged ? undefined : mine()?.countryIndicatorId;
  const trackedValue = forged ? undefined : mine()?.valueId;
  const write = (name: string, action: Case["action"], call: () => Call, extra: Partial<Case> = {}): Case => ({ name, action, where, target, call, ...extra });
  return [
    write(
      "POST /countries/{code}/results",
      "results.write",
      () => ({ method: "POST", url: `/countries/${code}/results`, body: { indicatorId: forged ? randomUUID() : mine()!.freeIndicatorIds[0] } }),
      { after: () => mine()?.freeIndicatorIds.shift() },
    ),
    write(
      "PATCH /country-indicators/{id}",
      "results.write",
      () => ({ method: "PATCH", url: `/country-indicators/${followedId()}`, body: { version: versions.get(followedId()) ?? 1, baselineValue: "10", baselineYear: 1999, baselineSource: unique("Source") } }),
      { versionOf: tracked },
    ),
    write(
      "POST /country-indicators/{id}/values",
      "results.write",
      () => ({ method: "POST", url: `/country-indicators/${followedId()}/values`, body: { period: String(mine()?.nextYear ?? 2001), value: "12" } }),
      { after: () => mine() && mine()!.nextYear++ },
    ),
    write("POST /country-indicators/{id}/proposals", "results.propose", () => ({ method: "POST", url: `/country-indicators/${followedId()}/proposals`, body: { period: "2000", value: "11.5", source: unique("ILOSTAT") } })),
    write(
      "PATCH /indicator-values/{id}",
      "results.write",
      () => ({ method: "PATCH", url: `/indicator-values/${valueId()}`, body: { version: versions.get(valueId()) ?? 1, period: "2000", value: "11", source: unique("INSAE") } }),
      { versionOf: trackedValue },
    ),
    write("POST /indicator-values/{id}/withdraw", "results.write", () => ({ method: "POST", url: `/indicator-values/${valueId()}/withdraw`, body: { version: versions.get(valueId()) ?? 1, reason: "API probe" } }), { versionOf: trackedValue }),
    write("POST /indicator-values/{id}/restore", "results.write", () => ({ method: "POST", url: `/indicator-values/${valueId()}/restore`, body: { version: versions.get(valueId()) ?? 1 } }), { versionOf: trackedValue }),
    write("POST /country-indicators/{id}/withdraw", "results.write", () => ({ method: "POST", url: `/country-indicators/${followedId()}/withdraw`, body: { version: versions.get(followedId()) ?? 1, reason: "API probe" } }), { versionOf: tracked }),
    write("POST /country-indicators/{id}/restore", "results.write", () => ({ method: "POST", url: `/country-indicators/${followedId()}/restore`, body: { version: versions.get(followedId()) ?? 1 } }), { versionOf: tracked }),
  ];
}

/** A followed indicator shared with everyone is read by anyone signed in; a forged one is not found. */
export function resultsReads(where: Where, code: string, made: Made): Case[] {
  const target: Target | null = where === "forged" ? null : { countryCode: code };
  return [
    { name: "GET /countries/{code}/results", action: "country.read", where, target, call: () => ({ method: "GET", url: `/countries/${code}/results` }) },
    {
      name: "GET /country-indicators/{id}",
      action: "country.read",
      where,
      target,
      call: () => ({ method: "GET", url: `/country-indicators/${where === "forged" ? randomUUID() : made.results.get(code)!.countryIndicatorId}` }),
    },
  ];
}
