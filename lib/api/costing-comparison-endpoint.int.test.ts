/**
 * GET /api/v1/costing/comparison through the API's core, on a real database: each country's latest validated
 * costing with its packages in the horizon year, a costing kept to Togo answered only to its working group and
 * coordinators, a country with drafts only left out, and no answer without a role.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { createSchemeCast } from "@/lib/assessment/test-helpers";
import { listValidatedCostings } from "@/lib/costing/data/cross-country";
import { validatedCostings } from "@/lib/costing/data/cross-country-test-helpers";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { findEndpoint } from "./endpoints";
import { handleApiRequest } from "./handle-api-request";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
let ids: Awaited<ReturnType<typeof validatedCostings>>;
beforeAll(async () => {
  people = await createSchemeCast(database);
  ids = await validatedCostings(database, people);
});

type Comparison = { countryCode: string; number: number; validatedOn: string; currency: string; packages: { id: string; name: string; totalCost: string | null; shareOfGdp: string | null; problems: { code: string; year: number }[] }[] };
type Answer = { status: number; body: { data: Comparison[] } };

async function comparison(actor: Actor | null): Promise<Answer> {
  const request = new Request("http://socle.test/api/v1/costing/comparison", { headers: { host: "socle.test" } });
  const authenticate = async () => (actor ? { actor, via: "session" as const } : null);
  return (await handleApiRequest(findEndpoint("GET", "/costing/comparison"), request, {}, { db: database.db, authenticate })) as Answer;
}

describe("GET /costing/comparison", () => {
  it("answers each country's latest validated version with its packages in the horizon year, as the page reads them", async () => {
    const answer = await comparison(people.coordinator);
    expect(answer.status).toBe(200);
    // What the response schema lets through is what the lib function gives: nothing dropped on the way.
    expect(answer.body.data).toEqual(JSON.parse(JSON.stringify(await listValidatedCostings(database.db, people.coordinator))));
    const [mozambique, togo] = answer.body.data;
    expect(mozambique).toMatchObject({ countryCode: "MZ", number: 2, validatedOn: "2026-03-02", currency: "MZN" });
    expect(mozambique!.packages.map((costingPackage) => costingPackage.id)).toEqual([ids.lowOption, ids.highOption]);
    expect(mozambique!.packages.every((costingPackage) => costingPackage.shareOfGdp !== null && costingPackage.problems.length === 0)).toBe(true);
    expect(togo!.packages).toEqual([expect.objectContaining({ id: ids.togoPackage, totalCost: null, shareOfGdp: null, problems: expect.arrayContaining([{ code: "missingPopulation", year: 2030 }]) })]);
  });

  it("answers a costing kept to Togo only to its working group and coordinators; Benin's drafts to no one", async () => {
    const codes = async (actor: Actor) => (await comparison(actor)).body.data.map((costing) => costing.countryCode);
    for (const outsider of [people.mozambique, people.reviewer, people.adviser]) expect(await codes(outsider)).toEqual(["MZ"]);
    expect(await codes(people.togo)).toEqual(["MZ", "TG"]);
    const benin = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
    expect(await codes(benin)).toEqual(["MZ"]);
  });

  it("refuses a caller without a session or token, and one without a role", async () => {
    await expect(comparison(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(comparison(await createPerson(database, { role: null }))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
