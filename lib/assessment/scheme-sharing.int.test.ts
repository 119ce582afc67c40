/**
 * The sharing rule on the scheme inventory, through every way in: a scheme kept to Mozambique is never listed,
 * read, told of in a history, found by search or served by the JSON API to another country's member, a reviewer
 * or an adviser; Mozambique's group and coordinators read it everywhere. Plus the filters and the API's writes.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import type { HttpMethod } from "@/lib/api/endpoint";
import { findEndpoint } from "@/lib/api/endpoints";
import { handleApiRequest } from "@/lib/api/handle-api-request";
import { searchEverything } from "@/lib/search/search-everything";
import { useTestDatabase } from "@/lib/testing/database";
import { addScheme } from "./add-scheme";
import { getScheme, listSchemes } from "./list-schemes";
import { listSchemeHistory } from "./scheme-history";
import { cashTransfer, createSchemeCast, fingerprintOf } from "./test-helpers";

// One word each, so that full-text search finds them whole.
const marker = `zqscheme${randomBytes(4).toString("hex")}`;
const englishMarker = `zqenglish${randomBytes(4).toString("hex")}`;

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
let kept: string;
let shared: string;
beforeAll(async () => {
  people = await createSchemeCast(database);
  kept = (await addScheme(database.db, people.mozambique, cashTransfer({ nationalName: `Subsídio ${marker}`, englishName: `Grant ${englishMarker}` }))).id;
  shared = (
    await addScheme(database.db, people.mozambique, cashTransfer({ nationalName: "Assistência Médica", guarantees: ["health"], kind: "health_coverage", status: "pilot", sharingLevel: "all" }))
  ).id;
});

async function api(actor: Actor, method: HttpMethod, path: string, url: string, options: { params?: Record<string, string>; body?: unknown; key?: string } = {}) {
  const headers: Record<string, string> = { host: "socle.test", origin: "http://socle.test", "content-type": "application/json" };
  if (options.key) headers["idempotency-key"] = options.key;
  const request = new Request(`http://socle.test/api/v1${url}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  return handleApiRequest(findEndpoint(method, path), request, options.params ?? {}, { db: database.db, authenticate: async () => ({ actor, via: "session" }) });
}

const namesIn = async (actor: Actor, filters = {}) => (await listSchemes(database.db, actor, "MZ", filters)).map((scheme) => scheme.id);
const searchHits = async (actor: Actor, q: string) => {
  const { groups } = await searchEverything(database.db, actor, { q }, "en");
  return groups.find((group) => group.kind === "schemes")?.hits.map((hit) => hit.id) ?? [];
};

describe("a scheme kept to Mozambique", () => {
  it("is listed, read and told of in its history only to Mozambique's group and coordinators", async () => {
    for (const outsider of [people.togo, people.reviewer, people.adviser]) {
      expect(await namesIn(outsider)).toEqual([shared]);
      await expect(getScheme(database.db, outsider, kept)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listSchemeHistory(database.db, outsider, { schemeId: kept })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await listSchemeHistory(database.db, outsider, { schemeId: shared })).rows).toHaveLength(1);
    }
    for (const insider of [people.mozambiqueColleague, people.coordinator]) {
      expect((await namesIn(insider)).sort()).toEqual([kept, shared].sort());
      expect((await getScheme(database.db, insider, kept)).nationalName).toBe(`Subsídio ${marker}`);
      expect((await listSchemeHistory(database.db, insider, { schemeId: kept })).rows.map((entry) => entry.action)).toEqual(["scheme.add"]);
    }
  });

  it("is found by its national or English name only by those who may read it", async () => {
    for (const word of [marker, englishMarker]) {
      for (const outsider of [people.togo, people.reviewer, people.adviser]) expect(await searchHits(outsider, word)).toEqual([]);
      for (const insider of [people.mozambiqueColleague, people.coordinator]) expect(await searchHits(insider, word)).toEqual([kept]);
    }
    expect(await searchHits(people.reviewer, "Assistência")).toEqual([shared]);
  });

  it("never reaches an outsider through the JSON API", async () => {
    for (const outsider of [people.togo, people.reviewer, people.adviser]) {
      const list = await api(outsider, "GET", "/countries/{code}/schemes", "/countries/MZ/schemes", { params: { code: "MZ" } });
      expect(JSON.stringify(list.body)).not.toContain(marker);
      await expect(api(outsider, "GET", "/schemes/{id}", `/schemes/${kept}`, { params: { id: kept } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const list = await api(people.coordinator, "GET", "/countries/{code}/schemes", "/countries/MZ/schemes", { params: { code: "MZ" } });
    expect(JSON.stringify(list.body)).toContain(marker);
  });
});

describe("the inventory's filters", () => {
  it("narrow by guarantee and by status; a malformed filter is ignored on a page", async () => {
    expect(await namesIn(people.mozambique, { guarantee: "health" })).toEqual([shared]);
    expect(await namesIn(people.mozambique, { guarantee: "children" })).toEqual([]);
    expect(await namesIn(people.mozambique, { status: "in_force" })).toEqual([kept]);
    expect((await namesIn(people.mozambique, { status: "bogus" })).sort()).toEqual([kept, shared].sort());
    await expect(listSchemes(database.db, people.mozambique, "ZZ")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the JSON API's writes", () => {
  // As a program sends JSON: numbers as numbers, nothing blank.
  const { countryCode: _country, endedOn: _endedOn, ...body } = cashTransfer({
    nationalName: "Pensão Social",
    benefitAmount: "1500",
    legalCoverage: 1000,
    effectiveCoverage: 900,
    coverageYear: 2024,
    expenditureYear: 2024,
  });

  it("adds a scheme once however often the same Idempotency-Key is sent, amounts in their shortest form", async () => {
    const add = () => api(people.mozambique, "POST", "/countries/{code}/schemes", "/countries/mz/schemes", { params: { code: "mz" }, body, key: "pension-1" });
    const first = await add();
    const again = await add();
    expect(first.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(first.body).toMatchObject({ data: { countryCode: "MZ", nationalName: "Pensão Social", benefitAmount: "1500", benefitCurrency: "MZN", withdrawnAt: null, version: 1 } });
    expect((await listSchemes(database.db, people.mozambique, "MZ")).filter((scheme) => scheme.nationalName === "Pensão Social")).toHaveLength(1);
  });

  it("edits with the version, answers a stale one with 409, withdraws and restores; Togo's member changes nothing", async () => {
    const { id } = await addScheme(database.db, people.mozambique, cashTransfer({ nationalName: "Bolsa Escolar", guarantees: ["children"] }));
    const at = (suffix = "") => ({ params: { id }, url: `/schemes/${id}${suffix}` });
    const edited = await api(people.mozambique, "PATCH", "/schemes/{id}", at().url, { ...at(), body: { ...body, version: 1, nationalName: "Bolsa Escolar", guarantees: ["children"], sharingLevel: "all" } });
    expect(edited.body).toMatchObject({ data: { version: 2, sharingLevel: "all" } });
    await expect(api(people.mozambique, "PATCH", "/schemes/{id}", at().url, { ...at(), body: { ...body, version: 1 } })).rejects.toMatchObject({ code: "CONFLICT", current: { version: 2 } });
    const before = await fingerprintOf(database);
    await expect(api(people.togo, "POST", "/schemes/{id}/withdraw", at("/withdraw").url, { ...at(), body: { version: 2, reason: "x" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await fingerprintOf(database)).toBe(before);
    const withdrawn = await api(people.mozambique, "POST", "/schemes/{id}/withdraw", at("/withdraw").url, { ...at(), body: { version: 2, reason: "Merged" } });
    expect(withdrawn.body).toMatchObject({ data: { version: 3, withdrawalReason: "Merged", withdrawnAt: expect.any(String) } });
    const listed = await api(people.mozambique, "GET", "/countries/{code}/schemes", "/countries/MZ/schemes?withdrawn=true", { params: { code: "MZ" } });
    expect((listed.body as { data: { id: string }[] }).data.map((scheme) => scheme.id)).toEqual([id]);
    const restored = await api(people.mozambique, "POST", "/schemes/{id}/restore", at("/restore").url, { ...at(), body: { version: 3 } });
    expect(restored.body).toMatchObject({ data: { version: 4, withdrawnAt: null, withdrawalReason: null } });
  });
});
