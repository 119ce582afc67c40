/**
 * A country's public page through /api/v1 (decision 2200): a coordinator reads the check, is refused publishing over
 * it unless saying so, publishes and takes the page down, a stale version answers 409; a working group member and bad
 * input change nothing.
 */
import { describe, expect, it } from "vitest";
import { databaseFingerprint } from "@/db/fingerprint";
import type { Actor } from "@/lib/actor";
import { createPerson, madeBeforeAll, useTestDatabase } from "@/lib/testing/database";
import type { HttpMethod } from "./endpoint";
import { findEndpoint } from "./endpoints";
import { handleApiRequest } from "./handle-api-request";

const database = useTestDatabase();
const people = madeBeforeAll(async () => ({
  coordinator: await createPerson(database, { role: "coordinator" }),
  member: await createPerson(database, { role: "working_group_member", countryCode: "NP" }),
}));

type Answer = { status: number; body: { data: Record<string, unknown> & { version?: number; check?: { kind: string }[] } } };

async function api(actor: Actor, method: HttpMethod, code: string, body?: unknown): Promise<Answer> {
  const request = new Request(`http://socle.test/api/v1/countries/${code}/publication`, {
    method,
    headers: { host: "socle.test", origin: "http://socle.test", "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await handleApiRequest(findEndpoint(method, "/countries/{code}/publication"), request, { code }, { db: database.db, authenticate: async () => ({ actor, via: "session" }) })) as Answer;
}

async function refusedUnchanged(request: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await databaseFingerprint(database.db);
  await expect(request()).rejects.toMatchObject(expected);
  expect(await databaseFingerprint(database.db)).toBe(before);
}

describe("a country's publication through /api/v1", () => {
  it("is read with its check, published over warnings only when told to, and taken down, each with its version", async () => {
    const read = await api(people.coordinator, "GET", "np");
    expect(read.body.data).toMatchObject({ countryCode: "NP", published: false, publishedAt: null, version: 0, publishedOver: [] });
    expect(read.body.data.check!.map((warning) => warning.kind)).toEqual(["notUpdatedForAYear", "nothingShared"]);
    await refusedUnchanged(() => api(people.coordinator, "PUT", "NP", { published: true, version: 0 }), { code: "INVALID" });
    const published = await api(people.coordinator, "PUT", "NP", { published: true, version: 0, publishAnyway: true });
    expect(published.body.data).toMatchObject({ published: true, version: 1, publishedOver: [{ kind: "notUpdatedForAYear" }, { kind: "nothingShared" }] });
    await refusedUnchanged(() => api(people.coordinator, "PUT", "NP", { published: false, version: 0 }), { code: "CONFLICT" });
    expect((await api(people.coordinator, "PUT", "NP", { published: false, version: 1 })).body.data).toMatchObject({ published: false, version: 2 });
  });

  it("refuses a working group member and bad input, changing nothing", async () => {
    await refusedUnchanged(() => api(people.member, "GET", "NP"), { code: "FORBIDDEN" });
    await refusedUnchanged(() => api(people.member, "PUT", "NP", { published: true, version: 2, publishAnyway: true }), { code: "FORBIDDEN" });
    await refusedUnchanged(() => api(people.coordinator, "PUT", "NP", { published: "yes", version: -1 }), { code: "INVALID" });
    await refusedUnchanged(() => api(people.coordinator, "PUT", "N1", { published: true, version: 2 }), { code: "NOT_FOUND" });
  });
});
