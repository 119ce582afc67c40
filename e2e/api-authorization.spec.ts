/**
 * The permission table, through the JSON API over HTTP: every /api/v1 write and every scoped read, for every
 * role by API token and by session, plus a person with no role, a deactivated person, revoked, expired and
 * unknown tokens, a session write without Origin and nobody; at a target in the actor's scope, in another
 * country and agency, and at forged or unknown ids. The expected answer comes from `can()` alone. Allowed
 * means 2xx (and, for a write, a changed database); refused means the designed 4xx and every table's
 * fingerprint unchanged. Reads that list milestones must show a milestone kept to its country exactly to
 * those the table lets read it. (API tokens have no scopes, so "a token of another scope" does not apply.)
 */
import { randomBytes, randomUUID } from "node:crypto";
import { type APIRequestContext, type APIResponse, expect, request as playwrightRequest, test } from "@playwright/test";
import type { Actor } from "../lib/actor";
import { type Action, can, type Role, type Target } from "../lib/permissions";
import { createPerson, type TestPerson } from "./fixtures";
import { databaseFingerprint, formOn, signedInRequest, submit } from "./forged-forms";

type Scope = { countryCode: string; agencyAcronym: string };
// Countries and agencies no other spec reads or writes.
const own: Scope = { countryCode: "PH", agencyAcronym: "WFP" };
const other: Scope = { countryCode: "AR", agencyAcronym: "FAO" };
const today = new Date().toISOString().slice(0, 10);

type PersonSpec = { role: Role | null; countryCode?: string; agencyAcronym?: string };
type Via = "token" | "session" | "session without Origin" | "revoked token" | "expired token" | "unknown token" | "malformed bearer" | "nothing";
type Visitor = { label: string; person?: PersonSpec; via: Via; deactivated?: boolean };

const roles: [string, PersonSpec][] = [
  ["a coordinator", { role: "coordinator" }],
  ["a working group member", { role: "working_group_member", countryCode: own.countryCode }],
  ["an agency adviser", { role: "agency_adviser", agencyAcronym: own.agencyAcronym }],
  ["a reviewer", { role: "reviewer" }],
  ["a person with no role", { role: null }],
];
const coordinatorSpec = roles[0]![1];
const memberSpec = roles[1]![1];
const visitors: Visitor[] = [
  ...roles.flatMap(([label, person]): Visitor[] => [
    { label: `${label} with an API token`, person, via: "token" },
    { label: `${label} signed in`, person, via: "session" },
  ]),
  { label: "a coordinator signed in, writing without Origin", person: coordinatorSpec, via: "session without Origin" },
  { label: "a coordinator's revoked token", person: coordinatorSpec, via: "revoked token" },
  { label: "a coordinator's expired token", person: coordinatorSpec, via: "expired token" },
  { label: "a deactivated member's token", person: memberSpec, via: "token", deactivated: true },
  { label: "a deactivated member's session", person: memberSpec, via: "session", deactivated: true },
  { label: "a token Socle never issued", via: "unknown token" },
  { label: "a malformed bearer header", via: "malformed bearer" },
  { label: "nobody", via: "nothing" },
];

/** One request of the matrix: what it asks for, and what the table is asked about it. */
type Call = { method: "GET" | "POST" | "PATCH"; url: string; body?: unknown };
type Where = "own" | "other" | "forged" | "anywhere";
type Case = {
  name: string;
  action: Action;
  where: Where;
  /** The target the permission is judged on; null for a forged or unknown id. */
  target: Target | null;
  call: () => Call;
  /** A list read filtered by an unknown country is an empty page, not an error: filters narrow, they name nothing. */
  forgedAnswer?: "empty";
  /** Countries whose milestones this read lists in full: the one kept to its country must show iff readable. */
  lists?: string[];
  /** A write's answer carries the record's new version, for the next edit. */
  versionOf?: string;
};

let baseURL: string;
let admin: APIRequestContext; // the coordinator's session, for set-up through the pages
let setUpToken: string; // the coordinator's token, for set-up through the API
let program: APIRequestContext;
const agencyIds = new Map<string, string>();
const stepIds = new Map<string, string>();
const keptMilestones = new Map<string, { id: string; title: string }>();
const entries = new Map<string, string>();
const versions = new Map<string, number>();
let serial = 0;
const unique = (what: string) => `${what} ${Date.now().toString(36)}-${++serial}`;

async function asSetUp(call: Call): Promise<{ data: { id: string; version: number } }> {
  const response = await program.fetch(`/api/v1${call.url}`, { method: call.method, data: call.body, headers: { authorization: `Bearer ${setUpToken}` } });
  expect(response.status(), `set-up ${call.method} ${call.url}: ${await response.text()}`).toBeLessThan(300);
  return response.json();
}

async function tokenFor(person: TestPerson, state: "active" | "revoked" | "expired" = "active"): Promise<string> {
  const response = await program.post("/api/test-support/api-tokens", { data: { userId: person.userId, state } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).token;
}

const scopeTarget = (scope: Scope): Target => ({ countryCode: scope.countryCode, agencyId: agencyIds.get(scope.agencyAcronym)! });
const scoped = (where: "own" | "other") => (where === "own" ? own : other);

function cases(): Case[] {
  const all: Case[] = [];
  for (const where of ["own", "other", "forged"] as const) {
    const scope = where === "forged" ? own : scoped(where);
    const target = where === "forged" ? null : scopeTarget(scope);
    const code = where === "forged" ? "ZZ" : scope.countryCode;
    // Writes.
    all.push(
      {
        name: "POST /countries/{code}/milestones",
        action: "milestone.log",
        where,
        target,
        // Forged: a step of another country, sent under our own country's address.
        call: () => ({
          method: "POST",
          url: `/countries/${scope.countryCode}/milestones`,
          body: { countryStepId: stepIds.get(where === "forged" ? other.countryCode : scope.countryCode), title: unique("API milestone"), occurredOn: "2025-04-01" },
        }),
      },
      {
        name: "PATCH /milestones/{id}",
        action: "milestone.edit",
        where,
        target,
        versionOf: where === "forged" ? undefined : keptMilestones.get(scope.countryCode)?.id,
        call: () => {
          const id = where === "forged" ? randomUUID() : keptMilestones.get(scope.countryCode)!.id;
          return { method: "PATCH", url: `/milestones/${id}`, body: { version: versions.get(id) ?? 1, title: keptMilestones.get(scope.countryCode)!.title, occurredOn: today, description: unique("Edited") } };
        },
      },
      {
        name: "POST /support-entries",
        action: "support.write",
        where,
        target,
        // Forged: an agency id that names no agency.
        call: () => ({
          method: "POST",
          url: "/support-entries",
          body: {
            countryCode: scope.countryCode,
            agencyId: where === "forged" ? randomUUID() : agencyIds.get(scope.agencyAcronym),
            kind: "technical",
            technicalCategory: "costing_modelling",
            title: unique("API entry"),
            status: "planned",
          },
        }),
      },
      {
        name: "PATCH /support-entries/{id}",
        action: "support.write",
        where,
        target,
        versionOf: where === "forged" ? undefined : entries.get(scope.countryCode),
        call: () => {
          const id = where === "forged" ? randomUUID() : entries.get(scope.countryCode)!;
          return { method: "PATCH", url: `/support-entries/${id}`, body: { version: versions.get(id) ?? 1, ...financialEntry(unique("Grant")) } };
        },
      },
      {
        name: "POST /support-entries/{id}/transactions",
        action: "support.write",
        where,
        target,
        versionOf: where === "forged" ? undefined : entries.get(scope.countryCode),
        call: () => ({
          method: "POST",
          url: `/support-entries/${where === "forged" ? randomUUID() : entries.get(scope.countryCode)}/transactions`,
          body: { type: "pledged", amount: "1.25", occurredOn: today },
        }),
      },
    );
    // Reads scoped by a country.
    const countryTarget = where === "forged" ? null : { countryCode: code };
    all.push(
      { name: "GET /countries/{code}", action: "country.read", where, target: countryTarget, call: () => ({ method: "GET", url: `/countries/${code}` }) },
      { name: "GET /countries/{code}/steps", action: "country.read", where, target: countryTarget, call: () => ({ method: "GET", url: `/countries/${code}/steps` }) },
      {
        name: "GET /milestones?country=",
        action: "country.read",
        where,
        target: countryTarget,
        forgedAnswer: "empty",
        lists: where === "forged" ? [] : [code],
        call: () => ({ method: "GET", url: `/milestones?country=${code}&limit=200` }),
      },
      { name: "GET /support-entries?country=", action: "support.read", where, target: countryTarget, forgedAnswer: "empty", call: () => ({ method: "GET", url: `/support-entries?country=${code}` }) },
      { name: "GET /needs?country=", action: "support.read", where, target: countryTarget, forgedAnswer: "empty", call: () => ({ method: "GET", url: `/needs?country=${code}` }) },
    );
  }
  // Reads over every country.
  all.push(
    { name: "GET /countries", action: "country.read", where: "anywhere", target: {}, call: () => ({ method: "GET", url: "/countries?limit=200" }) },
    { name: "GET /matrix", action: "country.read", where: "anywhere", target: {}, call: () => ({ method: "GET", url: "/matrix" }) },
    { name: "GET /matrix/changes", action: "country.read", where: "anywhere", target: {}, call: () => ({ method: "GET", url: `/matrix/changes?from=${today}&to=${today}` }) },
    { name: "GET /support-entries", action: "support.read", where: "anywhere", target: {}, call: () => ({ method: "GET", url: "/support-entries?limit=200" }) },
  );
  return all;
}

const financialEntry = (title: string) => ({ kind: "financial", title, status: "planned", amount: "1000", currency: "USD" });

type Expected = { outcome: "allowed"; empty?: boolean } | { outcome: "refused"; statuses: number[] };

/** What the permission table says this visitor gets for this case. */
function expected(actor: Actor | null, via: Via, one: Case, method: Call["method"]): Expected {
  if (!actor) return { outcome: "refused", statuses: [401] };
  if (method !== "GET" && via === "session without Origin") return { outcome: "refused", statuses: [403] };
  if (one.target === null) {
    if (one.forgedAnswer === "empty" && can(actor, one.action, {})) return { outcome: "allowed", empty: true };
    return { outcome: "refused", statuses: [403, 404, 422] };
  }
  return can(actor, one.action, one.target) ? { outcome: "allowed" } : { outcome: "refused", statuses: [403, 404] };
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL: url }) => {
  test.setTimeout(120_000);
  baseURL = url!;
  program = await playwrightRequest.newContext({ baseURL });
  const coordinator = await createPerson(program, { role: "coordinator" });
  admin = await signedInRequest(baseURL, coordinator.email, coordinator.password);
  setUpToken = await tokenFor(coordinator);
  const html = await (await admin.get(`/support/new?country=${own.countryCode}`)).text();
  for (const option of html.matchAll(/<option value="([0-9a-f-]{36})"[^>]*>([^<]*)<\/option>/g)) agencyIds.set(option[2]!.split(/\s/)[0]!, option[1]!);
  expect(agencyIds.get(own.agencyAcronym) && agencyIds.get(other.agencyAcronym), "agency ids from the support form").toBeTruthy();
  for (const scope of [own, other]) {
    const steps = (await (await program.get(`/api/v1/countries/${scope.countryCode}/steps`, { headers: { authorization: `Bearer ${setUpToken}` } })).json()).data;
    stepIds.set(scope.countryCode, steps[0].id);
    // Kept to its country (the default level): only its working group and coordinators read it.
    const title = unique(`Kept to ${scope.countryCode}`);
    const milestone = await asSetUp({
      method: "POST",
      url: `/countries/${scope.countryCode}/milestones`,
      body: { countryStepId: steps[0].id, title, occurredOn: today },
    });
    keptMilestones.set(scope.countryCode, { id: milestone.data.id, title });
    const entry = await asSetUp({ method: "POST", url: "/support-entries", body: { countryCode: scope.countryCode, agencyId: agencyIds.get(scope.agencyAcronym), ...financialEntry(unique("Grant")) } });
    entries.set(scope.countryCode, entry.data.id);
    versions.set(entry.data.id, entry.data.version);
  }
});

let total = 0;
test.afterAll(() => console.log(`authorization through /api/v1: ${total} cases`));

/** The visitor's request context, headers and actor (null when the request must be unauthenticated). */
async function present(visitor: Visitor): Promise<{ request: APIRequestContext; headers: Record<string, string>; actor: Actor | null }> {
  const bare = await playwrightRequest.newContext({ baseURL });
  if (visitor.via === "nothing") return { request: bare, headers: {}, actor: null };
  if (visitor.via === "unknown token") return { request: bare, headers: { authorization: `Bearer socle_${randomBytes(32).toString("base64url")}` }, actor: null };
  if (visitor.via === "malformed bearer") return { request: bare, headers: { authorization: "Bearer not a token" }, actor: null };
  const spec = visitor.person!;
  const person = await createPerson(program, spec);
  const actor: Actor = {
    userId: person.userId,
    email: person.email,
    name: person.name,
    locale: null,
    memberships: spec.role ? [{ role: spec.role, countryCode: spec.countryCode ?? null, agencyId: spec.agencyAcronym ? agencyIds.get(spec.agencyAcronym)! : null }] : [],
  };
  let presented: { request: APIRequestContext; headers: Record<string, string> };
  if (visitor.via === "revoked token" || visitor.via === "expired token") {
    const token = await tokenFor(person, visitor.via === "revoked token" ? "revoked" : "expired");
    return { request: bare, headers: { authorization: `Bearer ${token}` }, actor: null };
  } else if (visitor.via === "token") {
    presented = { request: bare, headers: { authorization: `Bearer ${await tokenFor(person)}` } };
  } else {
    presented = { request: await signedInRequest(baseURL, person.email, person.password), headers: visitor.via === "session" ? { origin: baseURL } : {} };
  }
  if (!visitor.deactivated) return { ...presented, actor };
  // Deactivated after the token was made and the session began: both must stop at once.
  const response = await submit(admin, await formOn(admin, `/admin/users/${person.userId}`, { active: "false" }), {}, baseURL);
  expect(response.status(), "deactivating the person").toBeLessThan(400);
  return { ...presented, actor: null };
}

/** Reads never write, except a token's "last used" (at most once a minute): using it first keeps that out of the case. */
async function warm(request: APIRequestContext, headers: Record<string, string>) {
  if (headers.authorization) await request.get("/api/v1/countries?limit=1", { headers });
}

async function bodyOf(response: APIResponse): Promise<string> {
  return response.text().catch(() => "");
}

for (const visitor of visitors) {
  test(`every /api/v1 write and scoped read, by ${visitor.label}`, async () => {
    test.setTimeout(300_000);
    const { request, headers, actor } = await present(visitor);
    const surprises: string[] = [];
    for (const one of cases()) {
      const call = one.call();
      const want = expected(actor, visitor.via, one, call.method);
      await warm(request, headers);
      const before = await databaseFingerprint(admin);
      const response = await request.fetch(`/api/v1${call.url}`, { method: call.method, data: call.body, headers, maxRedirects: 0 });
      const after = await databaseFingerprint(admin);
      const status = response.status();
      const text = await bodyOf(response);
      const label = `${one.name} · ${one.where}: expected ${want.outcome === "allowed" ? "allowed" : want.statuses.join("/")}, was ${status}`;
      total++;
      if (want.outcome === "refused") {
        if (!want.statuses.includes(status)) surprises.push(`${label} ${text.slice(0, 200)}`);
        else if (after !== before) surprises.push(`${label}, and the database changed`);
        continue;
      }
      if (status >= 300) {
        surprises.push(`${label} ${text.slice(0, 200)}`);
        continue;
      }
      if (call.method !== "GET" && after === before) surprises.push(`${label}, but the database did not change`);
      if (call.method === "GET" && after !== before) surprises.push(`${label}, but a read changed the database`);
      const answer = JSON.parse(text);
      if (want.empty && answer.data.length !== 0) surprises.push(`${one.name} · forged: expected an empty page, got ${answer.data.length} rows`);
      if (one.versionOf && answer.data?.version) versions.set(one.versionOf, answer.data.version);
      if (call.method !== "GET") continue;
      // Milestones kept to their country: never in a read for someone the table keeps out; present where listed in full.
      for (const [countryCode, kept] of keptMilestones) {
        const readable = can(actor, "milestone.readUnshared", { countryCode });
        const shown = text.includes(kept.id) || text.includes(kept.title);
        if (!readable && shown) surprises.push(`${one.name} · ${one.where}: shows the milestone kept to ${countryCode}`);
        if (readable && one.lists?.includes(countryCode) && !shown) surprises.push(`${one.name} · ${one.where}: misses the milestone kept to ${countryCode}`);
      }
    }
    expect(surprises).toEqual([]);
  });
}
