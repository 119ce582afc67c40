/**
 * The permission table, through the server actions over HTTP: every write action the screens offer, for every
 * role, with the target in the actor's own scope and in another, plus a person with no role, a deactivated
 * person and nobody signed in. The form is read from a coordinator's page (who may do everything) and posted
 * again with the actor's session, as a forged request would be. Allowed means the database changed; refused
 * means it did not change at all (a fingerprint of every table) and the server did not fail.
 */
import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { type Action, can, type Role } from "../lib/permissions";
import type { Actor } from "../lib/actor";
import { createPerson } from "./helpers/accounts";
import { iatiFileOf } from "./helpers/api-iati-import-cases";
import { formHolding, turnOnSecondFactor } from "./helpers/second-factor";
import { agencyIdsOn, databaseFingerprint, fieldOf, type Form, formOn, formsOn, linksOn, signedInRequest, submit, unique } from "./helpers/forged-forms";

type Scope = { name: "own" | "other"; countryCode: string; agencyAcronym: string };
// Countries no other spec reads or writes.
const scopes: Scope[] = [
  { name: "own", countryCode: "VN", agencyAcronym: "UNICEF" },
  { name: "other", countryCode: "LA", agencyAcronym: "ILO" },
];
const ownScope = scopes[0]!;

type Visitor = { label: string; role: Role | null; countryCode?: string; agencyAcronym?: string; state?: "deactivated" | "signed out" };
const visitors: Visitor[] = [
  { label: "a coordinator", role: "coordinator" },
  { label: "a working group member", role: "working_group_member", countryCode: ownScope.countryCode },
  { label: "an agency adviser", role: "agency_adviser", agencyAcronym: ownScope.agencyAcronym },
  { label: "a reviewer", role: "reviewer" },
  { label: "a person with no role", role: null },
  { label: "a deactivated member", role: "working_group_member", countryCode: ownScope.countryCode, state: "deactivated" },
  { label: "nobody signed in", role: null, state: "signed out" },
];

let baseURL: string;
let admin: APIRequestContext;
let agencyIds: Map<string, string>;

async function stepPaths(countryCode: string): Promise<string[]> {
  const links = await linksOn(admin, `/countries/${countryCode}`, new RegExp(`^/countries/${countryCode}/steps/[0-9a-f-]{36}$`));
  return [...new Set(links.map((link) => link.href))];
}

/** The href of the link whose text is `title` on `path`. */
async function linkTo(path: string, href: RegExp, title: string): Promise<string> {
  const link = (await linksOn(admin, path, href)).find((candidate) => candidate.text.includes(title));
  expect(link, `a link to "${title}" on ${path}`).toBeTruthy();
  return link!.href;
}

/** Posts as the coordinator, who may do everything: the way every target below is made (found again by its title). */
async function asAdmin(form: Form, values: Record<string, string>) {
  const response = await submit(admin, form, values, baseURL);
  expect(response.status(), `the coordinator's set-up on ${form.path}`).toBeLessThan(400);
}

async function newMilestone(scope: Scope, deleted = false): Promise<string> {
  const [stepPath] = await stepPaths(scope.countryCode);
  const title = unique("Milestone");
  await asAdmin(await formOn(admin, stepPath!, { title: undefined, occurredOn: undefined }), { title, occurredOn: "2025-03-01" });
  const path = await linkTo(`/countries/${scope.countryCode}/timeline`, /\/milestones\/[0-9a-f-]{36}$/, title);
  if (deleted) await asAdmin(await formOn(admin, path, { milestoneId: undefined }, { exact: true }), {});
  return path;
}

async function newSupportEntry(scope: Scope): Promise<string> {
  const title = unique("Costing support");
  await asAdmin(await formOn(admin, `/support/new?country=${scope.countryCode}`, { title: undefined }), entryValues(scope, title));
  return linkTo(`/support?country=${scope.countryCode}`, /^\/support\/[0-9a-f-]{36}$/, title);
}

const entryValues = (scope: Scope, title: string) => ({
  agencyId: agencyIds.get(scope.agencyAcronym)!,
  kind: "technical",
  technicalCategory: "costing_modelling",
  title,
  status: "planned",
});

const needValues = (description: string) => ({ kind: "technical", technicalCategory: "costing_modelling", description, priority: "high" });

/** Days of the 1900s, one per forged rate, from a start of this run's own: allowed forgeries never meet on a rate's key. */
let forgedRateDays = Math.floor(Math.random() * 30_000);
const forgedRateDay = () => new Date(Date.UTC(1900, 0, 1) + (forgedRateDays++ % 36_500) * 86_400_000).toISOString().slice(0, 10);

/** For each action: the form to forge (made fresh for the scope) and the values a person would type. */
const forgeries: Partial<Record<Action, (scope: Scope) => Promise<{ form: Form; values: Record<string, string> }>>> = {
  "milestone.log": async (scope) => ({
    form: await formOn(admin, (await stepPaths(scope.countryCode))[0]!, { title: undefined, occurredOn: undefined }),
    values: { title: unique("Forged milestone"), occurredOn: "2025-04-01" },
  }),
  "milestone.edit": async (scope) => ({
    form: await formOn(admin, await newMilestone(scope), { title: undefined, version: undefined }),
    values: { title: unique("Edited milestone") },
  }),
  "milestone.delete": async (scope) => ({ form: await formOn(admin, await newMilestone(scope), { milestoneId: undefined }, { exact: true }), values: {} }),
  "milestone.restore": async (scope) => ({ form: await formOn(admin, await newMilestone(scope, true), { milestoneId: undefined }, { exact: true }), values: {} }),
  "step.update": async (scope) => {
    for (const path of await stepPaths(scope.countryCode)) {
      const form = await formOn(admin, path, { to: "in_progress" }).catch(() => null);
      if (form) return { form, values: {} };
    }
    throw new Error(`no step left to start in ${scope.countryCode}`);
  },
  "step.tailor": async (scope) => ({
    form: await formOn(admin, `/countries/${scope.countryCode}`, { afterStepId: undefined }),
    values: { title: unique("National step") },
  }),
  "support.write": async (scope) => ({
    form: await formOn(admin, `/support/new?country=${scope.countryCode}`, { title: undefined }),
    values: entryValues(scope, unique("Forged entry")),
  }),
  "need.write": async (scope) => ({
    form: await formOn(admin, `/countries/${scope.countryCode}/support/needs/new`, { priority: undefined }),
    values: { ...needValues(unique("Forged need")), countryStepId: (await stepPaths(scope.countryCode))[0]!.split("/").pop()! },
  }),
  "need.answer": async (scope) => {
    const entryPath = await newSupportEntry(scope);
    const needForm = await formOn(admin, `/countries/${scope.countryCode}/support/needs/new`, { priority: undefined });
    await asAdmin(needForm, { ...needValues(unique("Need")), countryStepId: (await stepPaths(scope.countryCode))[0]!.split("/").pop()! });
    const form = await formOn(admin, entryPath, { needId: undefined });
    expect(fieldOf(form, "needId"), "a need to answer").toBeTruthy();
    return { form, values: {} };
  },
  "scheme.write": async (scope) => ({
    form: await formOn(admin, `/countries/${scope.countryCode}/schemes/new`, { nationalName: undefined }),
    values: { nationalName: unique("Forged scheme"), guarantees: "health" },
  }),
  "assessment.write": async (scope) => ({
    form: await formOn(admin, `/countries/${scope.countryCode}/assessment/items/new?guarantee=children&section=policy_gap`, { statement: undefined }),
    values: { guarantee: "children", section: "policy_gap", statement: unique("Forged gap") },
  }),
  // The costing's frame, read afresh for each visitor so that it names the costing's version as it stands.
  "costing.write": async (scope) => ({
    form: await formOn(admin, `/countries/${scope.countryCode}/costing/frame`, { baseYear: undefined }),
    values: { baseYear: "2025", horizonYear: "2030", currency: "USD", populationSource: unique("Forged source") },
  }),
  // A national indicator of the country (the results' writes share one rule: lib/results/*.int.test.ts probe the others).
  "results.write": async (scope) => ({
    form: await formOn(admin, `/countries/${scope.countryCode}/results/national/new`, { code: undefined }),
    values: { code: `FORGED_${randomUUID().slice(0, 8).toUpperCase()}`, "name.en": unique("Forged indicator"), unit: "percent", direction: "higher_is_better" },
  }),
  // A baseline of the country's plan (the plan's writes share one rule: lib/plans/*.int.test.ts probe the others).
  "plan.write": async (scope) => ({
    form: await formOn(admin, `/countries/${scope.countryCode}/plan`, { name: undefined, note: undefined }),
    values: { name: unique("Forged baseline") },
  }),
  // Applying an IATI import of the scope's agency, uploaded by the coordinator and read to its end (a forged apply of
  // another agency's import is refused and leaves it ready).
  "support.importIati": async (scope) => {
    const uploaded = await admin.post(`/api/v1/iati-imports?agencyId=${agencyIds.get(scope.agencyAcronym)}`, {
      data: Buffer.from(iatiFileOf(scope.agencyAcronym === "UNICEF" ? "XM-DAC-41122" : "XM-DAC-41302", scope.countryCode)),
      headers: { "content-type": "application/xml", origin: baseURL },
    });
    expect(uploaded.status(), `the coordinator's IATI upload: ${await uploaded.text()}`).toBe(201);
    const path = `/support/import/iati/${(await uploaded.json()).data.id}`;
    await expect(async () => expect(await formOn(admin, path, { importId: undefined })).toBeTruthy()).toPass({ timeout: 20_000 });
    return { form: await formOn(admin, path, { importId: undefined }), values: {} };
  },
  // A round of long ago, due long after: no reminder falls due while the walks fingerprint the database.
  "round.manage": async (scope) => ({
    form: await formOn(admin, "/rounds/new", { name: undefined, dueOn: undefined }),
    values: { name: unique("Forged round"), periodStart: "1995-01-01", periodEnd: "1995-06-30", dueOn: "2099-12-31", reminderDaysBefore: "7", countryCodes: scope.countryCode },
  }),
  // A daily rate of a day of its own, long ago, in a currency no other spec converts (issue 21).
  "exchangeRate.manage": async () => ({
    form: await formOn(admin, "/admin/exchange-rates/new", { currency: undefined, periodStart: undefined }),
    values: { currency: "MWK", baseCurrency: "USD", period: "day", periodStart: forgedRateDay(), rate: "1", source: unique("Forged rate") },
  }),
  // The rates' maximum age moved by a day and back, read afresh so the form names the settings' version as it stands.
  "settings.manage": async () => {
    const form = await formOn(admin, "/admin/exchange-rates/settings", { reportingCurrency: undefined, rateMaxAgeDays: undefined });
    return { form, values: { rateMaxAgeDays: fieldOf(form, "rateMaxAgeDays") === "366" ? "365" : "366" } };
  },
  // An endpoint for the scope's agency (a coordinator's is for every country), on the loopback's discard port, for accepted reports only.
  "webhook.manage": async (scope) => ({
    form: await formOn(admin, "/settings/webhooks", { url: undefined }),
    values: { url: "http://127.0.0.1:9/socle-forged", eventTypes: "report.accepted", agencyId: agencyIds.get(scope.agencyAcronym)! },
  }),
  // The switch turned over each time it is allowed, over the quality check's warnings: the form names the version as it stands.
  "country.publish": async (scope) => ({
    form: await formOn(admin, `/countries/${scope.countryCode}/publication`, { country: scope.countryCode, published: undefined }),
    values: { publishAnyway: "on" },
  }),
  // Saved as they stand (a save still counts: new version, audit entry), so other specs find the seed's names.
  "country.manage": async (scope) => ({ form: await formOn(admin, `/admin/countries/${scope.countryCode}`, { code: scope.countryCode }), values: {} }),
  "agency.manage": async (scope) => ({ form: await formOn(admin, `/admin/agencies/${agencyIds.get(scope.agencyAcronym)}`, { acronym: undefined }), values: {} }),
  "user.manage": async (scope) => ({
    form: await formOn(admin, "/admin/users/invite", { email: undefined }),
    values: { email: `${unique("forged").replace(/\W/g, "")}@example.org`, role: "working_group_member", countryCode: scope.countryCode },
  }),
  // Ends the sessions of a person made for the case: allowed, it bumps their session version and writes an audit entry.
  "user.signOutEverywhere": async () => {
    const path = `/admin/users/${(await createPerson(admin, { role: null })).userId}`;
    // Its confirmation box is unticked, so a browser would not send it: the form is the one that holds it.
    const html = (await (await admin.get(path)).text()).match(/<form[\s\S]*?<\/form>/g) ?? [];
    const form = (await formsOn(admin, path))[html.findIndex((markup) => markup.includes('name="confirm"'))];
    expect(form, "the sign-out-everywhere form").toBeTruthy();
    return { form: form!, values: { confirm: "on" } };
  },
  // Resets the second factor of a person made for the case, who turned it on through their profile's forms.
  "secondFactor.reset": async () => {
    const person = await createPerson(admin, { role: null });
    const theirs = await signedInRequest(baseURL, person.email, person.password);
    await turnOnSecondFactor(theirs, baseURL);
    await theirs.dispose();
    return { form: await formHolding(admin, `/admin/users/${person.userId}`, "reset-second-factor-confirm"), values: { confirm: "on" } };
  },
};

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL: url }) => {
  baseURL = url!;
  const setUp = await playwrightRequest.newContext({ baseURL });
  const coordinator = await createPerson(setUp, { role: "coordinator" });
  admin = await signedInRequest(baseURL, coordinator.email, coordinator.password);
  agencyIds = await agencyIdsOn(admin, `/support/new?country=${ownScope.countryCode}`);
  expect(agencyIds.get("UNICEF") && agencyIds.get("ILO"), "agency ids from the support form").toBeTruthy();
});

let cases = 0;
test.afterAll(() => console.log(`authorization over HTTP: ${cases} cases`));

for (const visitor of visitors) {
  test(`every write, forged by ${visitor.label}`, async () => {
    test.setTimeout(180_000);
    const setUp = await playwrightRequest.newContext({ baseURL });
    const person = await createPerson(setUp, { role: visitor.role, countryCode: visitor.countryCode, agencyAcronym: visitor.agencyAcronym });
    const request =
      visitor.state === "signed out" ? setUp : await signedInRequest(baseURL, person.email, person.password);
    if (visitor.state === "deactivated") {
      const form = await formOn(admin, `/admin/users/${person.userId}`, { active: "false" });
      await asAdmin(form, {});
    }
    const actor: Actor | null = visitor.state
      ? null
      : {
          userId: person.userId,
          email: person.email,
          name: person.name,
          locale: null,
          memberships: visitor.role
            ? [{ role: visitor.role, countryCode: visitor.countryCode ?? null, agencyId: visitor.agencyAcronym ? agencyIds.get(visitor.agencyAcronym)! : null }]
            : [],
        };
    const surprises: string[] = [];
    for (const [action, forge] of Object.entries(forgeries) as [Action, NonNullable<(typeof forgeries)[Action]>][]) {
      for (const scope of scopes) {
        const { form, values } = await forge(scope);
        // The coordinator made every target, so "author" scope is never the actor's own here.
        const target = { countryCode: scope.countryCode, agencyId: agencyIds.get(scope.agencyAcronym)!, authorId: "the coordinator" };
        const expected = can(actor, action, target) ? "allowed" : "refused";
        const before = await databaseFingerprint(admin);
        const response = await submit(request, form, values, baseURL);
        const after = await databaseFingerprint(admin);
        const outcome = response.status() >= 500 ? `failed (${response.status()})` : after === before ? "refused" : "allowed";
        if (outcome !== expected) surprises.push(`${action} · ${scope.name} scope: expected ${expected}, was ${outcome}`);
        cases++;
      }
    }
    expect(surprises).toEqual([]);
  });
}
