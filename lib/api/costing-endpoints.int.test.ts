/**
 * The costing's endpoints through the API's core, on a real database: Mozambique's working group frames its costing,
 * types and imports its inputs, costs scenarios and packages, finances one, turns its gap into needs, validates the
 * costing at a dialogue and shares it; bad input and stale versions change nothing; a Togo member, an adviser and a
 * reviewer write nothing, and read nothing of a costing kept to Mozambique.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { nationalDialogue } from "@/lib/assessment/matrix/test-helpers";
import { createSchemeCast, fingerprintOf } from "@/lib/assessment/test-helpers";
import { populationCsv } from "@/lib/costing/data/inputs-test-helpers";
import { useTestDatabase } from "@/lib/testing/database";
import type { HttpMethod } from "./endpoint";
import { findEndpoint } from "./endpoints";
import { handleApiRequest } from "./handle-api-request";

// One word, so that a JSON body shows it whole.
const marker = `zqcosting${randomBytes(4).toString("hex")}`;

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
beforeAll(async () => {
  people = await createSchemeCast(database);
});

type Data = Record<string, unknown> & { version: number };
type Answer = { status: number; body: { data: Data; imported?: unknown } };
type Costing = Data & { frame: unknown; years: { year: number; inflation: string | null; population: { persons: string; ageGroups: number } | null }[] };
type Change = { id: string; version: number; withdrawn: boolean; costing: Costing & { scenarios: { id: string; rows: { totalCost: string | null }[] }[]; packages: { id: string; financingGap: { year: number; uncovered: string | null }[] }[] } };

const base = "/countries/{code}/costing";
/** A request to `base + suffix` for `code`, with the ids the suffix names. */
async function api(actor: Actor, method: HttpMethod, suffix: string, options: { code?: string; ids?: Record<string, string>; body?: unknown; key?: string } = {}): Promise<Answer> {
  const params = { code: options.code ?? "mz", ...options.ids };
  const url = `/countries/${params.code}/costing${suffix.replace(/\{(\w+)\}/g, (_, name: string) => params[name as keyof typeof params]!)}`;
  const headers: Record<string, string> = { host: "socle.test", origin: "http://socle.test", "content-type": "application/json" };
  if (options.key) headers["idempotency-key"] = options.key;
  const request = new Request(`http://socle.test/api/v1${url}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  return (await handleApiRequest(findEndpoint(method, `${base}${suffix}`), request, params, { db: database.db, authenticate: async () => ({ actor, via: "session" }) })) as Answer;
}

const costingOf = async (actor: Actor = people.mozambique, code = "MZ") => (await api(actor, "GET", "", { code })).body.data as Costing;
const currentVersion = async () => (await costingOf(people.coordinator)).version;
const change = (answer: Answer) => answer.body.data as unknown as Change;

/** Expects the request to be refused with `code` and to leave every table as it was. */
async function refusedUnchanged(request: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await fingerprintOf(database);
  await expect(request()).rejects.toMatchObject(expected);
  expect(await fingerprintOf(database)).toBe(before);
}

const years = [2025, 2026, 2027, 2028, 2029, 2030];
const frame = { baseYear: 2025, horizonYear: 2030, currency: "mzn", populationSource: `INE projections ${marker}` };
const yearFigures = (year: number) => ({ year, gdp: "1250000000000", gdpSource: "IMF WEO", governmentExpenditure: "400000000000", inflation: 4.5, inflationSource: "INE CPI", povertyLine: "27000" });
const childGrant = {
  name: "Child grant 0–4",
  recommendationId: null,
  targetKind: "ages",
  ageFrom: 0,
  ageTo: 4,
  eligibleShare: 100,
  benefitKind: "monthly_amount",
  benefitAmount: "540",
  takeUpStart: "20",
  takeUpTarget: 80,
  takeUpYear: 2028,
  administrativeConvention: "on_top_of_benefits",
  administrativeRate: "5",
};
const ids: { scenario?: string; package?: string } = {};

describe("Mozambique's costing written through /api/v1", () => {
  it("frames it, imports and types its population and sets each year's figures, under the costing's version", async () => {
    expect(await costingOf()).toMatchObject({ readable: true, version: 0, frame: null });
    await refusedUnchanged(() => api(people.mozambique, "PUT", "/frame", { body: { ...frame, version: 0, horizonYear: 2050 } }), { code: "INVALID", fieldErrors: { horizonYear: "costingRules.horizonRange" } });
    const framed = await api(people.mozambique, "PUT", "/frame", { body: { ...frame, version: 0 } });
    expect(framed.body.data).toMatchObject({ version: 1, frame: { baseYear: 2025, horizonYear: 2030, currency: "MZN" } });
    await refusedUnchanged(() => api(people.mozambiqueColleague, "PUT", "/frame", { body: { ...frame, version: 0 } }), { code: "CONFLICT", current: { kind: "costing", version: 1 } });

    await refusedUnchanged(() => api(people.mozambique, "POST", "/population", { body: { version: 1, text: "year,sex,age,population\n2025,female,0-4,many" } }), {
      code: "INVALID",
      message: "costingRules.populationProblems?count=1",
      fieldErrors: { "lines.2.population": expect.any(String) },
    });
    const imported = await api(people.mozambique, "POST", "/population", { body: { version: 1, text: populationCsv(years) } });
    expect(imported.body.imported).toEqual({ years, rows: 48, ignoredLines: 0 });
    expect(imported.body.data.version).toBe(2);
    expect((imported.body.data as Costing).years[0]!.population).toMatchObject({ persons: "30140000", ageGroups: 4 });

    const groups = [{ ageFrom: 0, ageTo: 4, female: "2500000", male: "2400000" }, { ageFrom: 5, ageTo: null, female: "15000000", male: "14000000" }];
    await refusedUnchanged(() => api(people.mozambique, "PUT", "/population/{year}", { ids: { year: "2031" }, body: { version: 2, groups } }), { code: "INVALID", fieldErrors: { year: expect.stringContaining("costingRules.yearOutsideFrame") } });
    const typed = (await api(people.mozambique, "PUT", "/population/{year}", { ids: { year: "2030" }, body: { version: 2, groups } })).body.data as Costing;
    expect(typed).toMatchObject({ version: 3 });
    expect(typed.years.at(-1)!.population).toEqual({ persons: "33900000", female: "17500000", male: "16400000", ageGroups: 2 });

    // A body the endpoint's schema refuses never reaches the use case.
    await refusedUnchanged(() => api(people.mozambique, "PUT", "/years", { body: { version: "three", years: [] } }), { code: "INVALID", fieldErrors: { version: expect.any(String) } });
    await refusedUnchanged(() => api(people.mozambique, "PUT", "/years", { body: { version: 3, years: [yearFigures(2024)] } }), { code: "INVALID", fieldErrors: { "years.0.year": expect.stringContaining("costingRules.yearOutsideFrame") } });
    const figures = (await api(people.mozambique, "PUT", "/years", { body: { version: 3, years: years.map(yearFigures) } })).body.data as Costing;
    expect(figures.version).toBe(4);
    expect(figures.years.map((row) => row.inflation)).toEqual(years.map(() => "0.045"));
  });

  it("adds, edits, withdraws and restores scenarios; adds, edits and withdraws packages; a retried add writes once", async () => {
    await refusedUnchanged(() => api(people.mozambique, "POST", "/scenarios", { body: { ...childGrant, ageFrom: null } }), { code: "INVALID", fieldErrors: { ageFrom: "costingScenarioRules.ageFromRequired" } });
    const added = await api(people.mozambique, "POST", "/scenarios", { body: childGrant, key: "mz-scenario-1" });
    const scenario = change(added);
    expect(added.status).toBe(201);
    expect(scenario).toMatchObject({ version: 1, withdrawn: false, costing: { version: 5 } });
    expect(scenario.costing.scenarios[0]!.rows[0]!.totalCost).not.toBeNull();
    expect(change(await api(people.mozambique, "POST", "/scenarios", { body: childGrant, key: "mz-scenario-1" })).id).toBe(scenario.id);
    ids.scenario = scenario.id;
    const onScenario = { ids: { id: scenario.id } };

    const edited = change(await api(people.mozambiqueColleague, "PATCH", "/scenarios/{id}", { ...onScenario, body: { ...childGrant, version: 1, benefitAmount: "600" } }));
    expect(edited).toMatchObject({ version: 2, costing: { scenarios: [{ benefitAmount: "600", version: 2 }] } });
    await refusedUnchanged(() => api(people.mozambique, "PATCH", "/scenarios/{id}", { ...onScenario, body: { ...childGrant, version: 1 } }), { code: "CONFLICT", current: { id: scenario.id, version: 2, benefitAmount: "600" } });
    // The address names the country: Togo's costing holds no Mozambican scenario.
    await refusedUnchanged(() => api(people.coordinator, "PATCH", "/scenarios/{id}", { code: "tg", ...onScenario, body: { ...childGrant, version: 2 } }), { code: "NOT_FOUND" });
    const withdrawn = change(await api(people.mozambique, "POST", "/scenarios/{id}/withdraw", { ...onScenario, body: { version: 2, reason: "Costed twice" } }));
    expect(withdrawn).toMatchObject({ version: 3, withdrawn: true, costing: { scenarios: [] } });
    const restored = change(await api(people.mozambique, "POST", "/scenarios/{id}/restore", { ...onScenario, body: { version: 3 } }));
    expect(restored).toMatchObject({ version: 4, withdrawn: false, costing: { scenarios: [{ id: scenario.id }] } });

    await refusedUnchanged(() => api(people.mozambique, "POST", "/packages", { body: { name: "Low option", scenarioIds: [randomUUID()] } }), { code: "INVALID", fieldErrors: { scenarioIds: "costingScenarioRules.scenarioUnknown" } });
    const low = change(await api(people.mozambique, "POST", "/packages", { body: { name: "Low", scenarioIds: [scenario.id] }, key: "mz-package-1" }));
    const renamed = change(await api(people.mozambique, "PATCH", "/packages/{id}", { ids: { id: low.id }, body: { version: 1, name: "Low option", scenarioIds: [scenario.id] } }));
    expect(renamed).toMatchObject({ version: 2, costing: { packages: [{ id: low.id, name: "Low option" }] } });
    await refusedUnchanged(() => api(people.mozambique, "PATCH", "/packages/{id}", { ids: { id: low.id }, body: { version: 1, name: "Stale", scenarioIds: [] } }), { code: "CONFLICT", current: { version: 2, name: "Low option" } });
    await refusedUnchanged(() => api(people.coordinator, "POST", "/packages/{id}/withdraw", { code: "tg", ids: { id: low.id }, body: { version: 2, reason: "Wrong address" } }), { code: "NOT_FOUND" });
    const spare = change(await api(people.mozambique, "POST", "/packages", { body: { name: "Spare", scenarioIds: [] } }));
    const gone = change(await api(people.mozambique, "POST", "/packages/{id}/withdraw", { ids: { id: spare.id }, body: { version: 1, reason: "Not needed" } }));
    expect(gone).toMatchObject({ withdrawn: true, costing: { packages: [{ id: low.id }] } });
    ids.package = low.id;
  });

  it("finances a package and turns its gap into needs, under the costing's version", async () => {
    const onPackage = { ids: { id: ids.package! } };
    const version = await currentVersion();
    const rows = [{ year: 2025, kind: "reallocation", amount: "1000000", source: "Fuel subsidy reform" }];
    await refusedUnchanged(() => api(people.mozambique, "PUT", "/packages/{id}/financing", { ...onPackage, body: { version: version - 1, rows } }), { code: "CONFLICT", current: { kind: "costing", version } });
    await refusedUnchanged(() => api(people.mozambique, "PUT", "/packages/{id}/financing", { ...onPackage, body: { version, rows: [{ ...rows[0], year: 2040 }] } }), { code: "INVALID", fieldErrors: { "rows.0.year": "costingScenarioRules.yearOutsideFrame" } });
    const financed = (await api(people.mozambique, "PUT", "/packages/{id}/financing", { ...onPackage, body: { version, rows } })).body.data as Change["costing"];
    expect(financed.version).toBe(version + 1);
    expect(financed.packages[0]!.financingGap[0]).toMatchObject({ year: 2025, uncovered: expect.stringMatching(/^\d/) });

    await refusedUnchanged(() => api(people.mozambique, "POST", "/packages/{id}/needs", { ...onPackage, body: { version, years: [2026] } }), { code: "CONFLICT" });
    const needs = await api(people.mozambique, "POST", "/packages/{id}/needs", { ...onPackage, body: { version: version + 1, years: [2026, 2027] }, key: "mz-needs-1" });
    expect(needs).toMatchObject({ status: 201, body: { data: { version: version + 2, created: [{ year: 2026 }, { year: 2027 }], skipped: [] } } });
    const again = await api(people.mozambique, "POST", "/packages/{id}/needs", { ...onPackage, body: { version: version + 2, years: [2026] } });
    expect(again.body.data).toMatchObject({ version: version + 2, created: [], skipped: [{ year: 2026, reason: "alreadyNeeded" }] });
  });

  it("validates the costing at a dialogue, serves the version compared with the draft, and shares the costing", async () => {
    const dialogue = await nationalDialogue(database, people.mozambique, { occurredOn: "2025-09-18", title: "National dialogue on the costing" });
    const version = await currentVersion();
    await refusedUnchanged(() => api(people.mozambique, "POST", "/validations", { body: { version: version - 1, milestoneId: dialogue } }), { code: "CONFLICT", current: { version } });
    await refusedUnchanged(() => api(people.mozambique, "POST", "/validations", { body: { version, milestoneId: randomUUID() } }), { code: "INVALID", fieldErrors: { milestoneId: "costingRules.milestoneUnknown" } });
    const validated = await api(people.mozambique, "POST", "/validations", { body: { version, milestoneId: dialogue }, key: "mz-validate-1" });
    expect(validated).toMatchObject({ status: 201, body: { data: { version: { number: 1, validatedOn: "2025-09-18" }, latestNumber: 1, content: { frame: { currency: "MZN" } } } } });

    await api(people.mozambique, "PUT", "/years", { body: { version: version + 1, years: [{ ...yearFigures(2025), inflation: "5" }] } });
    const compared = await api(people.coordinator, "GET", "/versions/{number}", { ids: { number: "1" } });
    expect(compared.body.data).toMatchObject({ sinceThen: { years: [{ year: 2025, changes: [{ field: "inflation", before: "0.045", after: "0.05" }] }] } });
    expect(await costingOf()).toMatchObject({ changedSinceValidated: true, versions: [{ number: 1 }] });

    await refusedUnchanged(() => api(people.mozambique, "PUT", "/sharing", { body: { version: version + 2, sharingLevel: "everyone" } }), { code: "INVALID" });
    const shared = await api(people.mozambique, "PUT", "/sharing", { body: { version: version + 2, sharingLevel: "all" } });
    expect(shared.body.data).toMatchObject({ sharingLevel: "all", version: version + 3 });
    expect(await costingOf(people.togo)).toMatchObject({ readable: true, frame: { populationSource: frame.populationSource } });
    // Kept to the country again, for the tests that follow.
    await api(people.mozambique, "PUT", "/sharing", { body: { version: version + 3, sharingLevel: "country" } });
  });
});

describe("who may not write or read Mozambique's costing", () => {
  it("refuses every write by a Togo member, an adviser and a reviewer, and changes nothing", async () => {
    const version = await currentVersion();
    const onScenario = { ids: { id: ids.scenario! } };
    const onPackage = { ids: { id: ids.package! } };
    for (const outsider of [people.togo, people.adviser, people.reviewer]) {
      const writes = [
        () => api(outsider, "PUT", "/frame", { body: { ...frame, version } }),
        () => api(outsider, "PUT", "/years", { body: { version, years: [yearFigures(2025)] } }),
        () => api(outsider, "POST", "/population", { body: { version, text: populationCsv([2025]) } }),
        () => api(outsider, "PUT", "/population/{year}", { ids: { year: "2025" }, body: { version, groups: [] } }),
        () => api(outsider, "PUT", "/sharing", { body: { version, sharingLevel: "all" } }),
        () => api(outsider, "POST", "/validations", { body: { version, milestoneId: randomUUID() } }),
        () => api(outsider, "POST", "/scenarios", { body: childGrant }),
        () => api(outsider, "PATCH", "/scenarios/{id}", { ...onScenario, body: { ...childGrant, version: 4 } }),
        () => api(outsider, "POST", "/scenarios/{id}/withdraw", { ...onScenario, body: { version: 4, reason: "Forged" } }),
        () => api(outsider, "POST", "/scenarios/{id}/restore", { ...onScenario, body: { version: 4 } }),
        () => api(outsider, "POST", "/packages", { body: { name: "Forged", scenarioIds: [] } }),
        () => api(outsider, "PATCH", "/packages/{id}", { ...onPackage, body: { version: 2, name: "Forged", scenarioIds: [] } }),
        () => api(outsider, "POST", "/packages/{id}/withdraw", { ...onPackage, body: { version: 2, reason: "Forged" } }),
        () => api(outsider, "PUT", "/packages/{id}/financing", { ...onPackage, body: { version, rows: [{ year: 2026, kind: "external", amount: "1" }] } }),
        () => api(outsider, "POST", "/packages/{id}/needs", { ...onPackage, body: { version, years: [2028] } }),
      ];
      for (const write of writes) await refusedUnchanged(write, { code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) });
    }
  });

  it("lets a Togo member frame Togo's costing, and an adviser none", async () => {
    const togo = await api(people.togo, "PUT", "/frame", { code: "tg", body: { ...frame, version: 0, currency: "XOF" } });
    expect(togo.body.data).toMatchObject({ country: { code: "TG" }, version: 1 });
    await refusedUnchanged(() => api(people.adviser, "PUT", "/frame", { code: "tg", body: { ...frame, version: 1 } }), { code: "FORBIDDEN" });
  });

  it("keeps a costing kept to its country from outsiders: nothing readable, no version found", async () => {
    for (const outsider of [people.togo, people.adviser, people.reviewer]) {
      const costing = await costingOf(outsider);
      expect(costing).toMatchObject({ readable: false, frame: null, years: [], scenarios: [], packages: [], versions: [] });
      expect(JSON.stringify(costing)).not.toContain(marker);
      await expect(api(outsider, "GET", "/versions/{number}", { ids: { number: "1" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(JSON.stringify(await costingOf(people.coordinator))).toContain(marker);
    await expect(api(people.coordinator, "GET", "/versions/{number}", { ids: { number: "2" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
