/**
 * Each role's home, read through getHome on a fresh database: what each list holds and stops holding once the
 * person acted, the scope of each role, the sharing rule, the bounds, and the empty home.
 */
import { randomBytes } from "node:crypto";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { countrySteps, memberships, milestones, supportEntries, supportNeeds } from "@/db/schema";
import { type Actor, loadActor } from "@/lib/actor";
import { findEndpoint } from "@/lib/api/endpoints";
import { handleApiRequest } from "@/lib/api/handle-api-request";
import { logMilestone } from "@/lib/progress/log-milestone";
import { commentOnReview } from "@/lib/review/comment-on-review";
import { decideReview } from "@/lib/review/decide-review";
import { addNeed } from "@/lib/support/add-need";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { addSupportTransaction } from "@/lib/support/add-support-transaction";
import { answerNeed } from "@/lib/support/answer-need";
import { withdrawSupportTransaction } from "@/lib/support/withdraw-support-transaction";
import { agencyIdOf, createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { getHome, type Home, type HomeSection } from "./get-home";
import type { HomeItemKind } from "./item-kinds";

const database = useTestDatabase();
const marker = `zqhome${randomBytes(4).toString("hex")}`;
const daysBefore = (days: number) => new Date(Date.now() - days * 86_400_000);

let benin: Actor;
let togo: Actor;
let thai: Actor;
let unicef: Actor;
let ilo: Actor;
let wfp: Actor;
let reviewer: Actor;
let coordinator: Actor;
let coordinatingMember: Actor;
let unicefId: string;

beforeAll(async () => {
  const { db } = database;
  benin = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
  togo = await createPerson(database, { role: "working_group_member", countryCode: "TG" });
  thai = await createPerson(database, { role: "working_group_member", countryCode: "TH" });
  unicef = await createPerson(database, { role: "agency_adviser", agencyAcronym: "UNICEF" });
  ilo = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
  wfp = await createPerson(database, { role: "agency_adviser", agencyAcronym: "WFP" });
  reviewer = await createPerson(database, { role: "reviewer" });
  coordinator = await createPerson(database, { role: "coordinator" });
  const someone = await createPerson(database, { role: "coordinator" });
  await db.insert(memberships).values({ userId: someone.userId, role: "working_group_member", countryCode: "MZ" });
  coordinatingMember = (await loadActor(db, someone.userId))!;
  unicefId = await agencyIdOf(db, "UNICEF");
});

const home = (actor: Actor, input: Record<string, unknown> = {}) => getHome(database.db, actor, input);

function section(result: Home, role: HomeSection["role"]): HomeSection {
  const found = result.sections.find((one) => one.role === role);
  if (!found) throw new Error(`no ${role} section`);
  return found;
}

async function listOf(actor: Actor, role: HomeSection["role"], kind: HomeItemKind, input: Record<string, unknown> = { more: kind }) {
  const list = section(await home(actor, input), role).lists.find((one) => one.kind === kind)!;
  return { ...list, ids: list.items.map((item) => item.id) };
}

describe("a working group member's home", () => {
  it("lists the country's first steps not completed, by position, with their count and a link to each", async () => {
    const steps = await database.db
      .select({ id: countrySteps.id, status: countrySteps.status })
      .from(countrySteps)
      .where(eq(countrySteps.countryCode, "BJ"))
      .orderBy(asc(countrySteps.position));
    const open = steps.filter((step) => step.status === "not_started" || step.status === "in_progress");
    const next = await listOf(benin, "working_group_member", "nextSteps", {});
    expect(next.count).toBe(open.length);
    expect(next.ids).toEqual(open.slice(0, 5).map((step) => step.id));
    expect(next.items[0]!.link).toBe(`/countries/BJ/steps/${open[0]!.id}`);
    expect(next.items.every((item) => item.countryCode === "BJ")).toBe(true);

    // Completing the first step takes it off; "see all" lists the rest in full.
    await database.db.update(countrySteps).set({ status: "not_applicable" }).where(eq(countrySteps.id, open[0]!.id));
    const all = await listOf(benin, "working_group_member", "nextSteps");
    expect(all.ids).toEqual(open.slice(1).map((step) => step.id));
    expect(all.count).toBe(open.length - 1);
  });

  it("lists a step in progress with no milestone for 90 days as stalled, until a milestone is logged", async () => {
    const { db } = database;
    const stalled = await stepOf(db, "BJ", "assessment");
    const recent = await stepOf(db, "BJ", "policy_options");
    await db.update(countrySteps).set({ status: "in_progress", statusChangedAt: daysBefore(120) }).where(eq(countrySteps.id, stalled.id));
    await db.update(countrySteps).set({ status: "in_progress", statusChangedAt: daysBefore(10) }).where(eq(countrySteps.id, recent.id));
    const before = await listOf(benin, "working_group_member", "stalledSteps");
    expect(before.ids).toEqual([stalled.id]);
    expect(before.items[0]!.since!.getTime()).toBeLessThan(daysBefore(119).getTime());
    expect((await listOf(togo, "working_group_member", "stalledSteps")).ids).toEqual([]);

    await logMilestone(db, benin, { countryStepId: stalled.id, title: "Assessment team met", occurredOn: "2025-01-10" });
    expect((await listOf(benin, "working_group_member", "stalledSteps")).ids).toEqual([]);
  });

  it("lists the milestones and steps on which changes were requested, until the working group answers", async () => {
    const { db } = database;
    const step = await stepOf(db, "BJ", "costing_financing");
    const milestone = await logMilestone(db, benin, { countryStepId: step.id, title: "Costing report", occurredOn: "2025-02-01", sharingLevel: "all" });
    await decideReview(db, reviewer, { subjectType: "milestone", subjectId: milestone.id, version: 1, decision: "changes_requested", reason: "Attach the report" });
    await decideReview(db, reviewer, { subjectType: "country_step", subjectId: step.id, version: step.version, decision: "changes_requested", reason: "Which options?" });

    const requested = await listOf(benin, "working_group_member", "changesRequested");
    expect(new Set(requested.ids)).toEqual(new Set([milestone.id, step.id]));
    expect(requested.count).toBe(2);
    expect(requested.items.find((item) => item.id === milestone.id)).toMatchObject({
      subject: "milestone",
      title: "Costing report",
      link: `/countries/BJ/milestones/${milestone.id}`,
    });
    expect((await listOf(togo, "working_group_member", "changesRequested")).count).toBe(0);

    await commentOnReview(db, benin, { subjectType: "milestone", subjectId: milestone.id, body: "Attached" });
    expect((await listOf(benin, "working_group_member", "changesRequested")).ids).toEqual([step.id]);
  });

  it("lists needs without support, the most urgent first, until an entry answers one", async () => {
    const { db } = database;
    const step = await stepOf(db, "BJ", "monitoring");
    const low = await addNeed(db, benin, { countryCode: "BJ", countryStepId: step.id, kind: "technical", technicalCategory: "monitoring_evaluation", description: "An M&E plan", priority: "low" });
    const high = await addNeed(db, benin, { countryCode: "BJ", countryStepId: step.id, kind: "funding", estimateAmount: "50000", estimateCurrency: "USD", description: "Survey costs", priority: "high" });
    const needs = await listOf(benin, "working_group_member", "needsWithoutSupport");
    expect(needs.ids).toEqual([high.id, low.id]);
    expect(needs.items[0]).toMatchObject({ subject: "support_need", needKind: "funding", priority: "high", link: `/countries/BJ/support#need-${high.id}` });

    const entry = await addSupportEntry(db, unicef, { countryCode: "BJ", agencyId: unicefId, kind: "technical", technicalCategory: "monitoring_evaluation", title: "M&E help", status: "planned" });
    await answerNeed(db, unicef, { needId: low.id, supportEntryId: entry.id });
    expect((await listOf(benin, "working_group_member", "needsWithoutSupport")).ids).toEqual([high.id]);
  });
});

describe("an adviser's home", () => {
  it("lists unanswered needs in the countries the agency supports, and only there", async () => {
    const { db } = database;
    const togoNeed = await addNeed(db, togo, {
      countryCode: "TG",
      countryStepId: (await stepOf(db, "TG", "assessment")).id,
      kind: "technical",
      technicalCategory: "needs_assessment",
      description: "An assessment",
      priority: "medium",
    });
    const unicefNeeds = await listOf(unicef, "agency_adviser", "unansweredNeeds");
    expect(unicefNeeds.items.every((item) => item.countryCode === "BJ")).toBe(true);
    expect(unicefNeeds.count).toBe(1);
    expect(unicefNeeds.ids).not.toContain(togoNeed.id);
    const adviserSection = section(await home(unicef), "agency_adviser");
    expect(adviserSection.countries.map((country) => country.code)).toEqual(["BJ"]);
    expect(adviserSection.agencies.map((agency) => agency.acronym)).toEqual(["UNICEF"]);
    // ILO supports no country yet.
    expect((await listOf(ilo, "agency_adviser", "unansweredNeeds")).count).toBe(0);
  });

  it("lists the agency's financial entries without a transaction, until one is recorded", async () => {
    const { db } = database;
    const entry = await addSupportEntry(db, unicef, { countryCode: "BJ", agencyId: unicefId, kind: "financial", title: "Survey grant", status: "ongoing", amount: "120000", currency: "EUR" });
    const pending = await listOf(unicef, "agency_adviser", "entriesWithoutTransactions");
    expect(pending.ids).toEqual([entry.id]);
    expect(pending.items[0]).toMatchObject({ title: "Survey grant", amount: "120000.0000", currency: "EUR", link: `/support/${entry.id}` });
    expect((await listOf(ilo, "agency_adviser", "entriesWithoutTransactions")).count).toBe(0);
    expect((await listOf(coordinator, "coordinator", "financialWithoutTransactions")).ids).toContain(entry.id);

    const first = await addSupportTransaction(db, unicef, { supportEntryId: entry.id, type: "committed", amount: "120000", occurredOn: "2025-03-01" });
    expect((await listOf(unicef, "agency_adviser", "entriesWithoutTransactions")).count).toBe(0);
    expect((await listOf(coordinator, "coordinator", "financialWithoutTransactions")).ids).not.toContain(entry.id);

    // The database keeps whether an entry has a live transaction (decision 2510): withdrawn, it is listed again; a
    // second transaction and the first's withdrawal leave it off; both withdrawn, on again.
    await withdrawSupportTransaction(db, unicef, { id: first.id });
    expect((await listOf(unicef, "agency_adviser", "entriesWithoutTransactions")).ids).toEqual([entry.id]);
    const second = await addSupportTransaction(db, unicef, { supportEntryId: entry.id, type: "committed", amount: "100000", occurredOn: "2025-04-01" });
    const third = await addSupportTransaction(db, unicef, { supportEntryId: entry.id, type: "disbursed", amount: "50000", occurredOn: "2025-05-01" });
    await withdrawSupportTransaction(db, unicef, { id: third.id });
    expect((await listOf(unicef, "agency_adviser", "entriesWithoutTransactions")).count).toBe(0);
    await withdrawSupportTransaction(db, unicef, { id: second.id });
    expect((await listOf(coordinator, "coordinator", "financialWithoutTransactions")).ids).toContain(entry.id);
    const [flag] = await db.select({ has: supportEntries.hasLiveTransaction }).from(supportEntries).where(eq(supportEntries.id, entry.id));
    expect(flag!.has).toBe(false);
  });
});

describe("a reviewer's home", () => {
  it("lists what waits for review: items in review, and completed steps nobody reviewed", async () => {
    const { db } = database;
    const step = await stepOf(db, "TG", "awareness");
    const milestone = await logMilestone(db, togo, { countryStepId: step.id, title: "Radio campaign", occurredOn: "2025-02-01", sharingLevel: "all" });
    expect((await listOf(reviewer, "reviewer", "awaitingReview")).ids).not.toContain(milestone.id);
    await commentOnReview(db, reviewer, { subjectType: "milestone", subjectId: milestone.id, body: "Which stations?" });
    const waiting = await listOf(reviewer, "reviewer", "awaitingReview");
    expect(waiting.ids).toContain(milestone.id);
    expect(waiting.items.find((item) => item.id === milestone.id)!.link).toBe(`/countries/TG/milestones/${milestone.id}`);

    await db.update(countrySteps).set({ status: "completed", statusChangedAt: daysBefore(3) }).where(eq(countrySteps.id, step.id));
    expect((await listOf(reviewer, "reviewer", "completedUnreviewed")).ids).toContain(step.id);
    await decideReview(db, reviewer, { subjectType: "country_step", subjectId: step.id, version: step.version, decision: "validated" });
    expect((await listOf(reviewer, "reviewer", "completedUnreviewed")).ids).not.toContain(step.id);
  });
});

describe("a coordinator's home", () => {
  it("lists countries with no update for 90 days, those where nothing ever happened first", async () => {
    const quiet = await listOf(coordinator, "coordinator", "quietCountries");
    // Benin and Togo moved today; Thailand never did.
    expect(quiet.ids).not.toContain("BJ");
    expect(quiet.ids).not.toContain("TG");
    expect(quiet.ids).toContain("TH");
    expect(quiet.items.find((item) => item.id === "TH")).toMatchObject({ subject: "country", since: null, link: "/countries/TH" });
  });

  it("flags a completed step without evidence, and a need open for more than a year", async () => {
    const { db } = database;
    const bare = await stepOf(db, "TH", "stakeholders");
    const proven = await stepOf(db, "TH", "working_group");
    await logMilestone(db, thai, { countryStepId: proven.id, title: "Decree", occurredOn: "2025-01-01", links: [{ url: "https://example.org/decree", title: "Decree" }] });
    for (const one of [bare, proven]) await db.update(countrySteps).set({ status: "completed", statusChangedAt: daysBefore(2) }).where(eq(countrySteps.id, one.id));
    const flagged = await listOf(coordinator, "coordinator", "completedWithoutEvidence");
    expect(flagged.ids).toContain(bare.id);
    expect(flagged.ids).not.toContain(proven.id);

    const need = await addNeed(db, thai, { countryCode: "TH", countryStepId: bare.id, kind: "technical", technicalCategory: "advocacy_awareness", description: "Outreach", priority: "low" });
    expect((await listOf(coordinator, "coordinator", "needsOpenOverYear")).ids).not.toContain(need.id);
    await db.update(supportNeeds).set({ createdAt: daysBefore(400) }).where(eq(supportNeeds.id, need.id));
    expect((await listOf(coordinator, "coordinator", "needsOpenOverYear")).ids).toContain(need.id);
  });
});

describe("the sharing rule", () => {
  it("keeps another country's kept-to-group items out of every home, while its own group sees them", async () => {
    const { db } = database;
    const step = await stepOf(db, "TH", "monitoring");
    const requested = await logMilestone(db, thai, { countryStepId: step.id, title: `Pension decree ${marker}`, occurredOn: "2025-04-01" });
    await decideReview(db, coordinator, { subjectType: "milestone", subjectId: requested.id, version: 1, decision: "changes_requested", reason: "Attach it" });
    const inReview = await logMilestone(db, thai, { countryStepId: step.id, title: `Benefit rules ${marker}`, occurredOn: "2025-04-02", sharingLevel: "all" });
    await commentOnReview(db, reviewer, { subjectType: "milestone", subjectId: inReview.id, body: "Which benefits?" });
    await db.update(milestones).set({ sharingLevel: "country" }).where(eq(milestones.id, inReview.id));

    expect(JSON.stringify(await home(thai, { limit: 100 }))).toContain(`Pension decree ${marker}`);
    for (const outsider of [benin, togo, unicef, reviewer, coordinatingMember]) {
      expect(JSON.stringify(await home(outsider, { limit: 100 })), "an outsider's home").not.toContain(marker);
    }
    // Shared again, the reviewer finds it waiting.
    await db.update(milestones).set({ sharingLevel: "all" }).where(eq(milestones.id, inReview.id));
    expect(JSON.stringify(await home(reviewer, { limit: 100 }))).toContain(`Benefit rules ${marker}`);
  });
});

describe("roles, bounds and refusals", () => {
  it("gives someone with several roles a section for each, in the home's order", async () => {
    const result = await home(coordinatingMember);
    expect(result.sections.map((one) => one.role)).toEqual(["working_group_member", "coordinator"]);
    expect(section(result, "working_group_member").countries.map((country) => country.code)).toEqual(["MZ"]);
    expect(section(result, "working_group_member").lists.find((list) => list.kind === "nextSteps")!.items.every((item) => item.countryCode === "MZ")).toBe(true);
  });

  it("bounds every list and says how many there are", async () => {
    const [steps] = await database.db.select({ n: count() }).from(countrySteps).where(and(eq(countrySteps.countryCode, "TG"), sql`${countrySteps.status} in ('not_started', 'in_progress')`));
    const two = await listOf(togo, "working_group_member", "nextSteps", { limit: 2 });
    expect(two.items).toHaveLength(2);
    expect(two.count).toBe(steps!.n);
    expect(steps!.n).toBeGreaterThan(2);
  });

  it("refuses what it cannot read: an unknown list, a length out of bounds, a person with no role", async () => {
    await expect(home(benin, { more: "everything" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(home(benin, { limit: 101 })).rejects.toMatchObject({ code: "INVALID" });
    await expect(home(benin, { limit: "0" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(home(await createPerson(database, { role: null }), {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("is empty for an adviser whose agency supports no country yet", async () => {
    const result = await home(wfp);
    expect(result.sections).toHaveLength(1);
    expect(section(result, "agency_adviser")).toMatchObject({ countries: [], agencies: [{ acronym: "WFP" }] });
    expect(section(result, "agency_adviser").lists.map((list) => list.count)).toEqual([0, 0]);
  });
});

describe("GET /api/v1/home", () => {
  const get = (actor: Actor, query = "") =>
    handleApiRequest(findEndpoint("GET", "/home"), new Request(`http://socle.test/api/v1/home${query}`, { headers: { host: "socle.test" } }), {}, {
      db: database.db,
      authenticate: async () => ({ actor, via: "token" }),
    });

  it("answers the same home as the page, with exact amounts, ISO dates and step titles as the other endpoints give them", async () => {
    const endpoint = findEndpoint("GET", "/home");
    const answer = await get(unicef, "?limit=100");
    expect(answer.status).toBe(200);
    expect(() => endpoint.response.parse(answer.body)).not.toThrow();
    const body = answer.body as { data: { sections: { role: string; lists: { kind: string; count: number; items: Record<string, unknown>[] }[] }[] } };
    const lists = body.data.sections[0]!.lists;
    expect(body.data.sections.map((one) => one.role)).toEqual(["agency_adviser"]);
    const direct = section(await home(unicef, { limit: 100 }), "agency_adviser");
    expect(lists.map((list) => [list.kind, list.count])).toEqual(direct.lists.map((list) => [list.kind, list.count]));
    const need = lists.find((list) => list.kind === "unansweredNeeds")!.items[0]!;
    expect(need).toMatchObject({ subject: "support_need", countryCode: "BJ", stepTitle: { en: expect.any(String) }, nationalStepTitle: null });
    expect(new Date(need.since as string).toISOString()).toBe(need.since);
  });

  it("refuses a person with no role (403) and a length out of bounds (422)", async () => {
    await expect(get(await createPerson(database, { role: null }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(get(benin, "?limit=500")).rejects.toMatchObject({ code: "INVALID", fieldErrors: { limit: expect.any(String) } });
  });
});
