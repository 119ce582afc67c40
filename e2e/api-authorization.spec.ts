/**
 * The permission table, through the JSON API over HTTP: every /api/v1 write and every scoped read, for every
 * role by API token and by session, plus a person with no role, a deactivated person, revoked, expired and
 * unknown tokens, a session write without Origin and nobody; at a target in the actor's scope, in another
 * country and agency, and at forged or unknown ids. The expected answer comes from `can()` alone. Allowed
 * means 2xx (and, for a write, a changed database); refused means the designed 4xx and every table's
 * fingerprint unchanged (checked after each run of refusals and reads, which must all leave it unchanged).
 * Reads that list milestones must show a milestone kept to its country exactly to those the table lets read
 * it. (API tokens have no scopes, so "a token of another scope" does not apply.)
 */
import { randomBytes } from "node:crypto";
import { type APIRequestContext, type APIResponse, expect, request as playwrightRequest, test } from "@playwright/test";
import type { Actor } from "../lib/actor";
import { can } from "../lib/permissions";
import { createPerson, type TestPerson } from "./helpers/accounts";
import { assessmentGap, type Call, type Case, cases, type Expected, expected, financialEntry, type Made, other, own, scheme, today, type Visitor, visitors } from "./helpers/api-permission-cases";
import { setUpCosting } from "./helpers/api-costing-cases";
import { setUpFunding } from "./helpers/api-funding-cases";
import { setUpPlansAndRounds } from "./helpers/api-plans-rounds-cases";
import { setUpResults } from "./helpers/api-results-cases";
import { agencyIdsOn, databaseFingerprint, formOn, signedInRequest, submit, unique } from "./helpers/forged-forms";

let baseURL: string;
let admin: APIRequestContext; // the coordinator's session, for set-up through the pages
let setUpToken: string; // the coordinator's token, for set-up through the API
let program: APIRequestContext;
const made: Made = { agencyIds: new Map(), stepIds: new Map(), keptMilestones: new Map(), entries: new Map(), schemes: new Map(), assessmentItems: new Map(), costings: new Map(), results: new Map(), versions: new Map() };
const { agencyIds, stepIds, keptMilestones, entries, schemes, assessmentItems, costings, results, versions } = made;

/** A set-up request with a token: the coordinator's unless another is named (a member's, for a country's report). */
async function asSetUp(call: Call, token = setUpToken): Promise<{ data: { id: string; version: number } }> {
  const response = await program.fetch(`/api/v1${call.url}`, { method: call.method, data: call.body, headers: { authorization: `Bearer ${token}` } });
  expect(response.status(), `set-up ${call.method} ${call.url}: ${await response.text()}`).toBeLessThan(300);
  return response.json();
}

async function tokenFor(person: TestPerson, state: "active" | "revoked" | "expired" = "active"): Promise<string> {
  const response = await program.post("/api/test-support/api-tokens", { data: { userId: person.userId, state } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).token;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL: url }) => {
  test.setTimeout(120_000);
  baseURL = url!;
  program = await playwrightRequest.newContext({ baseURL });
  const coordinator = await createPerson(program, { role: "coordinator" });
  admin = await signedInRequest(baseURL, coordinator.email, coordinator.password);
  setUpToken = await tokenFor(coordinator);
  for (const [acronym, id] of await agencyIdsOn(admin, `/support/new?country=${own.countryCode}`)) agencyIds.set(acronym, id);
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
    // Kept to its country, as schemes are unless shared.
    const kept = await asSetUp({ method: "POST", url: `/countries/${scope.countryCode}/schemes`, body: scheme(unique(`Scheme of ${scope.countryCode}`)) });
    schemes.set(scope.countryCode, kept.data.id);
    versions.set(kept.data.id, kept.data.version);
    // The country's matrix, kept to it (the default): its items are read by its group and coordinators only.
    const item = await asSetUp({ method: "POST", url: `/countries/${scope.countryCode}/assessment/items`, body: assessmentGap(unique(`Gap of ${scope.countryCode}`)) });
    assessmentItems.set(scope.countryCode, item.data.id);
    versions.set(item.data.id, item.data.version);
    // The country's costing, kept to it (the default), validated once at a dialogue.
    costings.set(scope.countryCode, await setUpCosting(asSetUp, scope.countryCode, steps[0].id, versions));
    // A catalogue series followed in the country, shared with everyone (so advisers may propose), with a value.
    results.set(scope.countryCode, await setUpResults(asSetUp, scope.countryCode, versions));
    // The country's public page as it stands: the publication cases turn its switch over from there.
    const publication = (await asSetUp({ method: "GET", url: `/countries/${scope.countryCode}/publication` })).data as unknown as { published: boolean; version: number };
    versions.set(`publication:${scope.countryCode}`, publication.version);
    versions.set(`published:${scope.countryCode}`, publication.published ? 1 : 0);
  }
  // A country's report is written by its working group alone: a member of each country arranges its status.
  const asMember = new Map<string, (call: Call) => ReturnType<typeof asSetUp>>();
  for (const scope of [own, other]) {
    const token = await tokenFor(await createPerson(program, { role: "working_group_member", countryCode: scope.countryCode }));
    asMember.set(scope.countryCode, (call) => asSetUp(call, token));
  }
  made.plansRounds = await setUpPlansAndRounds((call) => asSetUp(call), asMember, stepIds, versions);
  made.funding = await setUpFunding((call) => asSetUp(call), versions, program, setUpToken);
  // An IATI file uploaded for an agency as the coordinator, answered once its dry run (run after the upload's answer) is done.
  made.iatiUpload = async (agencyId, xml) => {
    const headers = { authorization: `Bearer ${setUpToken}` };
    const uploaded = await program.post(`/api/v1/iati-imports?agencyId=${agencyId}`, { data: Buffer.from(xml), headers: { ...headers, "content-type": "application/xml" } });
    expect(uploaded.status(), `set-up IATI upload: ${await uploaded.text()}`).toBe(201);
    const { id } = (await uploaded.json()).data;
    await expect(async () => {
      const read = await (await program.get(`/api/v1/iati-imports/${id}`, { headers })).json();
      expect(read.data.state).toBe("ready");
    }).toPass({ timeout: 20_000 });
    return id as string;
  };
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

async function bodyOf(response: APIResponse): Promise<string> {
  return response.text().catch(() => "");
}

/** Requests of a run that must leave the database as it was are sent this many at a time. */
const atOnce = 4;

for (const visitor of visitors) {
  test(`every /api/v1 write and scoped read, by ${visitor.label}`, async () => {
    test.setTimeout(300_000);
    const { request, headers, actor } = await present(visitor);
    const surprises: string[] = [];
    // A run of cases that must leave the database as it was (refusals, and reads that record nothing for the cases
    // after them) is sent a few requests at a time and checked by one fingerprint after it; a write that must change
    // the database is sent alone, with one fingerprint just before and one just after. Nothing else runs meanwhile,
    // and a token's "last used" stamp, which reads write on purpose, is left out of the fingerprint (db/fingerprint.ts).
    let settled = await databaseFingerprint(admin);
    let unchangedRun: string[] = [];
    let waiting: Promise<void>[] = [];
    const endRun = async () => {
      await Promise.all(waiting);
      waiting = [];
      const now = await databaseFingerprint(admin);
      if (now !== settled) surprises.push(`the database changed during one of: ${unchangedRun.join("; ")}`);
      settled = now;
      unchangedRun = [];
    };
    const send = async (call: Call) => {
      const response = await request.fetch(`/api/v1${call.url}`, { method: call.method, data: call.body, headers, maxRedirects: 0 });
      return { status: response.status(), text: await bodyOf(response) };
    };
    /** What a read or a refusal answered, judged against the permission table. */
    const judge = (one: Case, want: Expected, call: Call, status: number, text: string) => {
      const label = `${one.name} · ${one.where}: expected ${want.outcome === "allowed" ? "allowed" : want.statuses.join("/")}, was ${status}`;
      if (want.outcome === "refused") {
        if (!want.statuses.includes(status)) surprises.push(`${label} ${text.slice(0, 200)}`);
        return;
      }
      if (status >= 300) {
        surprises.push(`${label} ${text.slice(0, 200)}`);
        return;
      }
      const answer = JSON.parse(text);
      if (want.empty && answer.data.length !== 0) surprises.push(`${one.name} · forged: expected an empty page, got ${answer.data.length} rows`);
      if (one.versionOf && answer.data?.version) versions.set(one.versionOf, answer.data.version);
      one.after?.(answer.data);
      if (call.method !== "GET") return;
      // Milestones kept to their country: never in a read for someone the table keeps out; present where listed in full.
      for (const [countryCode, kept] of keptMilestones) {
        const readable = can(actor, "milestone.readUnshared", { countryCode });
        const shown = text.includes(kept.id) || text.includes(kept.title);
        if (!readable && shown) surprises.push(`${one.name} · ${one.where}: shows the milestone kept to ${countryCode}`);
        if (readable && one.lists?.includes(countryCode) && !shown) surprises.push(`${one.name} · ${one.where}: misses the milestone kept to ${countryCode}`);
      }
      // Likewise an item of a matrix kept to its country, in the matrix or anywhere else.
      for (const [countryCode, itemId] of assessmentItems) {
        if (!can(actor, "milestone.readUnshared", { countryCode }) && text.includes(itemId)) surprises.push(`${one.name} · ${one.where}: shows the matrix item kept to ${countryCode}`);
      }
      // And a scenario of a costing kept to its country.
      for (const [countryCode, costing] of costings) {
        if (!can(actor, "milestone.readUnshared", { countryCode }) && text.includes(costing.scenarioId)) surprises.push(`${one.name} · ${one.where}: shows the costing scenario kept to ${countryCode}`);
      }
    };
    for (const one of cases(made)) {
      if (one.arrange) {
        // The case's own set-up writes: the run so far is judged before them, and the fingerprint taken after them.
        if (unchangedRun.length > 0) await endRun();
        await one.arrange();
        settled = await databaseFingerprint(admin);
      }
      const call = one.call();
      const want = expected(actor, visitor.via, one, call.method);
      const writes = want.outcome === "allowed" && call.method !== "GET";
      total++;
      // A refusal, or a read whose answer the next cases do not need: part of the run, sent beside the others.
      if (!writes && (want.outcome === "refused" || (!one.after && !one.versionOf))) {
        unchangedRun.push(`${call.method} ${one.name} · ${one.where}`);
        waiting.push(send(call).then(({ status, text }) => judge(one, want, call, status, text)));
        if (waiting.length >= atOnce) {
          await Promise.all(waiting);
          waiting = [];
        }
        continue;
      }
      await Promise.all(waiting);
      waiting = [];
      if (writes && unchangedRun.length > 0) await endRun();
      const { status, text } = await send(call);
      if (writes) {
        const after = await databaseFingerprint(admin);
        if (status < 300 && after === settled) surprises.push(`${one.name} · ${one.where}: expected allowed, was ${status}, but the database did not change`);
        settled = after;
      } else unchangedRun.push(`${call.method} ${one.name} · ${one.where}`);
      judge(one, want, call, status, text);
    }
    if (unchangedRun.length > 0) await endRun();
    expect(surprises).toEqual([]);
  });
}
