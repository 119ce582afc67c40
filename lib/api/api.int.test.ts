/**
 * The API's rules through its core, on a real database: who may call it (API token or session), what a bad
 * token, a deactivated owner or a missing role get, how input is refused, and how lists page and filter (countries,
 * the matrix, the gaps across countries).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { deactivateUser } from "@/lib/accounts/deactivate-user";
import type { Actor } from "@/lib/actor";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { addAssessmentItem } from "@/lib/assessment/matrix/add-item";
import { authenticateApiToken } from "@/lib/auth/authenticate-api-token";
import type { Authentication } from "@/lib/session";
import { z } from "zod";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { defineEndpoint } from "./endpoint";
import { findEndpoint } from "./endpoints";
import { handleApiRequest, maxJsonBodyBytes, readJson } from "./handle-api-request";

const database = useTestDatabase();
let reader: Actor;
let readerToken: string;
beforeAll(async () => {
  reader = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
  readerToken = (await createApiToken(database.db, reader, { name: "tests" })).token;
});

const base = "http://socle.test/api/v1";

/** Calls an endpoint as a request with these headers would; the session, if any, is given directly. */
function call(method: "GET" | "POST", path: string, url: string, init: { headers?: Record<string, string>; session?: Actor; body?: string; params?: Record<string, string> } = {}) {
  const headers = init.body === undefined ? init.headers : { "content-type": "application/json", ...init.headers };
  const request = new Request(`${base}${url}`, { method, headers, body: init.body });
  const authenticate = async (): Promise<Authentication | null> => {
    const authorization = request.headers.get("authorization");
    if (authorization) {
      const actor = await authenticateApiToken(database.db, authorization);
      return actor ? { actor, via: "token" } : null;
    }
    return init.session ? { actor: init.session, via: "session" } : null;
  };
  const endpoint = method === "GET" ? findEndpoint("GET", path) : echoEndpoint;
  return handleApiRequest(endpoint, request, init.params ?? {}, { db: database.db, authenticate });
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("API authentication", () => {
  it("refuses a request with no token and no session as UNAUTHENTICATED", async () => {
    await expect(call("GET", "/countries", "/countries")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("accepts an API token or a session, and refuses a revoked token or a deactivated owner's", async () => {
    const person = await createPerson(database, { role: "reviewer" });
    const { id, token } = await createApiToken(database.db, person, { name: "one" });
    const other = await createApiToken(database.db, person, { name: "two" });
    expect((await call("GET", "/countries", "/countries", { headers: bearer(token) })).status).toBe(200);
    expect((await call("GET", "/countries", "/countries", { session: person })).status).toBe(200);

    await revokeApiToken(database.db, person, { tokenId: id, confirm: "on" });
    await expect(call("GET", "/countries", "/countries", { headers: bearer(token) })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    // A bad token is not rescued by a session cookie sent alongside.
    await expect(call("GET", "/countries", "/countries", { headers: bearer(token), session: person })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });

    const coordinator = await createPerson(database, { role: "coordinator" });
    await deactivateUser(database.db, coordinator, { userId: person.userId, version: 1 });
    await expect(call("GET", "/countries", "/countries", { headers: bearer(other.token) })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("applies the permission table: a signed-in person without a role is refused", async () => {
    const nobody = await createPerson(database, { role: null });
    const { token } = await createApiToken(database.db, nobody, { name: "x" });
    await expect(call("GET", "/countries", "/countries", { headers: bearer(token) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

/** A write endpoint made for this test: the registry has none yet, and CSRF protection is the core's job. */
const echoEndpoint = defineEndpoint({
  method: "POST",
  path: "/echo",
  operationId: "echo",
  summary: "Echo",
  tags: [],
  body: z.object({ text: z.string().min(1) }),
  response: z.object({ text: z.string(), by: z.string() }),
  successStatus: 201,
  handle: async ({ actor, body }) => ({ text: body.text, by: actor.userId }),
});

describe("writes", () => {
  const body = JSON.stringify({ text: "hello" });
  it("with a session need an Origin header of this site; with a token they do not", async () => {
    const post = (headers: Record<string, string>, session?: Actor) => call("POST", "/echo", "/echo", { headers: { host: "socle.test", ...headers }, body, session });
    await expect(post({}, reader)).rejects.toMatchObject({ code: "FORBIDDEN", message: "api.crossSiteWrite" });
    await expect(post({ origin: "https://evil.example" }, reader)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(post({ origin: "null" }, reader)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await post({ origin: "http://socle.test" }, reader)).toEqual({ status: 201, body: { text: "hello", by: reader.userId } });
    expect(await post({ ...bearer(readerToken), origin: "https://evil.example" })).toMatchObject({ status: 201 });
  });

  it("refuses a body that is not JSON or does not fit the schema, as INVALID per field", async () => {
    const headers = bearer(readerToken);
    await expect(call("POST", "/echo", "/echo", { headers, body: "{not json" })).rejects.toMatchObject({ code: "INVALID", message: "errors.invalidJson" });
    await expect(call("POST", "/echo", "/echo", { headers, body: JSON.stringify({ text: "" }) })).rejects.toMatchObject({
      fieldErrors: { text: "validation.required" },
    });
  });

  it("reads only JSON (415 otherwise) and nothing over the limit (413), whether or not the length is given", async () => {
    const headers = bearer(readerToken);
    const body = JSON.stringify({ text: "hello" });
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonp"]) {
      await expect(call("POST", "/echo", "/echo", { headers: { ...headers, "content-type": type }, body })).rejects.toMatchObject({
        code: "UNSUPPORTED_MEDIA_TYPE",
        message: "api.jsonOnly",
      });
    }
    expect(await call("POST", "/echo", "/echo", { headers: { ...headers, "content-type": "application/merge-patch+json; charset=utf-8" }, body })).toMatchObject({ status: 201 });
    const huge = JSON.stringify({ text: "x".repeat(maxJsonBodyBytes) });
    await expect(call("POST", "/echo", "/echo", { headers, body: huge })).rejects.toMatchObject({ code: "TOO_LARGE", message: "api.bodyTooLarge?maximum=1" });
    const streamed = new Request(`${base}/echo`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: new Blob([huge]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(streamed.headers.get("content-length")).toBeNull();
    await expect(readJson(streamed)).rejects.toMatchObject({ code: "TOO_LARGE" });
  });
});

describe("GET /countries", () => {
  const list = async (query: string) => (await call("GET", "/countries", `/countries${query}`, { headers: bearer(readerToken) })).body as {
    data: { code: string; region: string; spfiStatus: string; name: { en: string } }[];
    nextCursor: string | null;
  };

  it("filters by region and SPF-I status", async () => {
    const page = await list("?region=africa&spfiStatus=interest_expressed");
    expect(page.data.map((country) => country.code)).toEqual(["BW", "DZ", "GH"]);
    expect(page.data[1]).toMatchObject({ name: { en: "Algeria", fr: "Algérie" }, stepsDone: 0, stepsApplicable: 8, frameworkVersion: 1 });
  });

  it("pages through every country once, in code order", async () => {
    const codes: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`?limit=5${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.data.length).toBeLessThanOrEqual(5);
      codes.push(...page.data.map((country) => country.code));
      cursor = page.nextCursor;
    } while (cursor);
    expect(codes).toHaveLength(18);
    expect(codes).toEqual([...codes].sort());
  });

  it("refuses unknown filter values, a bad limit and a forged cursor, per field", async () => {
    await expect(list("?region=atlantis&limit=0")).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { region: "validation.choice", limit: "validation.tooSmall?minimum=1" },
    });
    await expect(list("?limit=1000")).rejects.toMatchObject({ fieldErrors: { limit: "validation.tooBig?maximum=200" } });
    await expect(list("?cursor=abc")).rejects.toMatchObject({ fieldErrors: { cursor: "api.badCursor" } });
  });
});

describe("GET /countries/{code}", () => {
  const get = (code: string) => call("GET", "/countries/{code}", `/countries/${code}`, { headers: bearer(readerToken), params: { code } });

  it("gives the country with its steps in order, whatever the case of the code", async () => {
    const { body } = (await get("bj")) as { body: { data: { code: string; steps: { key: string; title: { en: string }; statusChangedAt: null }[] } } };
    expect(body.data.code).toBe("BJ");
    expect(body.data.steps).toHaveLength(8);
    expect(body.data.steps[1]).toMatchObject({ key: "working_group", title: { en: "Set up the national SPF working group" }, nationalTitle: null, status: "not_started" });
  });

  it("answers NOT_FOUND for an unknown or malformed code", async () => {
    for (const code of ["ZZ", "benin", "1"]) await expect(get(code)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("GET /matrix", () => {
  const get = async (query: string) =>
    (await call("GET", "/matrix", `/matrix${query}`, { headers: bearer(readerToken) })).body as {
      data: { asOf: string | null; steps: { key: string }[]; countries: { code: string; cells: ({ status: string; milestones: number; lastUpdate: string | null } | null)[] }[] };
    };

  it("answers the countries the filters keep with one cell per key step", async () => {
    const { data } = await get("?region=africa&spfiStatus=interest_expressed");
    expect(data.countries.map((country) => country.code)).toEqual(["BW", "DZ", "GH"]);
    expect(data.steps).toHaveLength(8);
    expect(data.countries[0]!.cells[1]).toMatchObject({ status: "not_started", milestones: 0, lastUpdate: null });
    expect((await get("?asOf=2024-01-01")).data.asOf).toBe("2024-01-01");
  });

  it("refuses an unknown filter value per field", async () => {
    await expect(get("?status=finished")).rejects.toMatchObject({ code: "INVALID", fieldErrors: { status: "validation.choice" } });
  });
});

describe("GET /assessment/gaps", () => {
  type Gaps = { data: { blocks: { guarantee: string; rows: { countryCode: string; policyGaps: number; recommendations: Record<string, number> }[] }[]; notShared: { countryCode: string }[] } };
  const get = async (query: string, session?: Actor) =>
    (await call("GET", "/assessment/gaps", `/assessment/gaps${query}`, session ? { session } : { headers: bearer(readerToken) })).body as Gaps;

  beforeAll(async () => {
    const coordinator = await createPerson(database, { role: "coordinator" });
    await addAssessmentItem(database.db, coordinator, { countryCode: "BJ", guarantee: "children", section: "policy_gap", statement: "No child benefit" });
  });

  it("answers the figures of the matrices the caller reads, per guarantee, with the page's filters", async () => {
    const { data } = await get("?guarantee=children&region=africa");
    expect(data.blocks).toEqual([{ guarantee: "children", rows: [expect.objectContaining({ countryCode: "BJ", policyGaps: 1, recommendations: { proposed: 0, endorsed: 0, adopted: 0, dropped: 0 } })] }]);
    const reviewer = await createPerson(database, { role: "reviewer" });
    const forReviewer = await get("?guarantee=children", reviewer);
    expect(forReviewer.data.blocks[0]!.rows).toEqual([]);
    expect(forReviewer.data.notShared.map((country) => country.countryCode)).toContain("BJ");
  });

  it("refuses an unknown filter value per field, unlike the page", async () => {
    await expect(get("?guarantee=everyone&region=atlantis")).rejects.toMatchObject({ code: "INVALID", fieldErrors: { guarantee: "validation.choice", region: "validation.choice" } });
  });
});
