/**
 * The demonstration dataset: drawn from its seed alone, true to the story it tells (every stage, currency and
 * kind of review, all in the past), kept by the sharing rule, replaced without touching anything else, and
 * loaded only into a new database with the demo accounts on.
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/engine";
import { databaseFingerprint } from "@/db/fingerprint";
import { countrySteps, milestones, supportEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { addAssessmentItem } from "@/lib/assessment/matrix/add-item";
import { endorseAssessment } from "@/lib/assessment/matrix/endorse";
import { getAssessmentMatrix } from "@/lib/assessment/matrix/get-matrix";
import { getAssessmentVersion } from "@/lib/assessment/matrix/get-version";
import { setCostingFrame } from "@/lib/costing/data/set-frame";
import { readEnv } from "@/lib/env";
import { changeStepStatus } from "@/lib/progress/change-step-status";
import { getCountryTimeline } from "@/lib/progress/get-country-timeline";
import { logMilestone } from "@/lib/progress/log-milestone";
import { commentOnReview } from "@/lib/review/comment-on-review";
import { seedDatabase } from "@/lib/seed/seed-database";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { agencyIdOf, createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { stepFiguresMismatches } from "@/lib/testing/step-figures-oracle";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { checkDemoCosting, checkDemoPlansAndRounds, checkDemoResults, demoMemberOf } from "./check-demo-dataset";
import { convert, loadRateTable } from "@/lib/funding/conversion";
import { getFundingSettings } from "@/lib/funding/settings";
import { demoRateSource } from "./chapters/exchange-rates";
import { demoCountries } from "./countries";
import { hasDemoDataset, recreateDemoDataset, removeDemoDataset } from "./demo-dataset";
import { demoFingerprint } from "./demo-fingerprint";
import { demoEmailDomain, type DemoSummary } from "./generate-demo-dataset";
import { loadDemoDatasetIfWanted } from "./load-on-start";

const lastDay = "2026-11-30";
const envWith = (values: Record<string, string>) => readEnv({ NODE_ENV: "test", ...values });
const generous = 600_000;
const database = useTestDatabase();
let summary: DemoSummary;
let fingerprint: string;

beforeAll(async () => {
  await seedDatabase(database.db, { demoAccounts: true });
  summary = await recreateDemoDataset(database.db, { lastDay });
  fingerprint = await demoFingerprint(database.db);
}, generous);

const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(database.db, query))[0]!.n;
const demo = sql`(select user_id from demo_people)`;
const demoPerson = (countryCode: string) => demoMemberOf(database.db, countryCode);

describe("the demonstration dataset", () => {
  it("tells two years of every active country's process, in the past", async () => {
    expect(await stepFiguresMismatches(database.db)).toEqual([]);
    expect(summary.people).toBe(36);
    expect(summary.milestones).toBeGreaterThan(150);
    expect(summary.reviewEntries).toBeGreaterThan(30);
    const countriesWithMilestones = await count(sql`select count(distinct country_code)::int as n from milestones where author_id in ${demo}`);
    expect(countriesWithMilestones).toBe(demoCountries.length);
    const statuses = await queryRows<{ status: string }>(database.db, sql`select distinct status::text as status from country_steps where country_code in ('BJ','AR','HT') order by 1`);
    expect(statuses.map((row) => row.status)).toEqual(["completed", "in_progress", "not_applicable", "not_started"]);
    const fileTypes = await queryRows<{ content_type: string }>(database.db, sql`select distinct content_type from stored_files where uploaded_by_id in ${demo} order by 1`);
    expect(fileTypes.map((row) => row.content_type)).toEqual(["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]);
    expect(await count(sql`select count(distinct currency)::int as n from support_entries where created_by_id in ${demo} and kind = 'financial'`)).toBeGreaterThanOrEqual(5);
    const flows = await queryRows<{ type: string }>(database.db, sql`select distinct type::text as type from support_transactions where created_by_id in ${demo} order by 1`);
    expect(flows.map((row) => row.type)).toEqual(["committed", "disbursed", "pledged", "spent"]);
    const reviews = await queryRows<{ kind: string }>(database.db, sql`select distinct kind::text as kind from review_entries where author_id in ${demo} order by 1`);
    expect(reviews.map((row) => row.kind)).toEqual(["changes_requested", "comment", "validated"]);
    expect(await count(sql`select count(*)::int as n from support_needs n where created_by_id in ${demo} and exists (select 1 from need_support_links l where l.need_id = n.id)`)).toBeGreaterThan(0);
    expect(await count(sql`select count(*)::int as n from support_needs n where created_by_id in ${demo} and not exists (select 1 from need_support_links l where l.need_id = n.id)`)).toBeGreaterThan(0);
    expect(await count(sql`select count(*)::int as n from experiences where created_by_id in ${demo} and featured_at is not null`)).toBeGreaterThan(0);
    expect(await count(sql`select count(*)::int as n from training_participants p join trainings t on t.id = p.training_id where t.created_by_id in ${demo}`)).toBeGreaterThan(0);
    // Three working groups have an inventory of schemes; one kept a draft scheme to itself; a correction shows in a history.
    expect(await count(sql`select count(distinct country_code)::int as n from schemes where created_by_id in ${demo}`)).toBe(3);
    expect(await count(sql`select count(*)::int as n from schemes where created_by_id in ${demo} and sharing_level = 'country'`)).toBe(1);
    expect(await count(sql`select count(*)::int as n from audit_log where actor_id in ${demo} and action = 'scheme.edit'`)).toBe(3);
    // Three public pages, published by the demo's coordinator, each showing milestones shared with all (decision 2200).
    const published = await queryRows<{ code: string }>(database.db, sql`select country_code as code from country_publications where published and published_by_id in ${demo} order by 1`);
    expect(published.map((row) => row.code)).toEqual(["BJ", "MZ", "TH"]);
    expect(await count(sql`select count(distinct country_code)::int as n from milestones where author_id in ${demo} and sharing_level = 'all' and country_code in ('BJ', 'MZ', 'TH')`)).toBe(3);
    // The demo accounts hear of it as the app would have told them: Benin's member has notices, the recent ones unread.
    expect(await count(sql`select count(*)::int as n from notifications n join users u on u.id = n.user_id where u.email = 'benin@example.org' and n.read_at is null`)).toBeGreaterThan(0);
    // Everything was moved back to its day: nothing the demo wrote carries the day it was generated.
    const [span] = await queryRows<{ first: string; last: string }>(
      database.db,
      sql`select min(at)::text as first, max(at)::text as last from audit_log where actor_id in ${demo}`,
    );
    expect(span!.last.slice(0, 10) <= lastDay).toBe(true);
    expect(span!.first.slice(0, 10) >= "2024-11-30").toBe(true);
    const written = [["milestones", "author_id"], ["support_entries", "created_by_id"], ["review_entries", "author_id"], ["notifications", "actor_id"], ["stored_files", "uploaded_by_id"]];
    for (const [table, person] of written) {
      const late = sql`select count(*)::int as n from ${sql.identifier(table!)} where created_at > ${`${lastDay}T23:59:59Z`}::timestamptz and ${sql.identifier(person!)} in ${demo}`;
      expect(await count(late), table).toBe(0);
    }
    expect(await count(sql`select count(*)::int as n from users where email like ${`%@${demoEmailDomain}`} and password_hash is not null`)).toBe(0);
    await checkDemoResults(database.db, summary.indicatorValues, lastDay);
  });

  it("tells assessment matrices: one endorsed at a national dialogue and changed since, a shared draft, a draft kept to its group", async () => {
    const matrices = await queryRows<{ country: string; sharing: string }>(
      database.db,
      sql`select country_code::text as country, sharing_level::text as sharing from assessment_matrices where created_by_id in ${demo} order by 1`,
    );
    expect(matrices).toEqual([{ country: "BJ", sharing: "country" }, { country: "MZ", sharing: "all" }, { country: "TH", sharing: "all" }]);
    expect(summary.assessmentItems).toBe(await count(sql`select count(*)::int as n from assessment_items where created_by_id in ${demo}`));
    // Every block of every matrix: one to three gaps, up to two issues, two to four recommendations.
    const blocks = await queryRows<{ gaps: number; issues: number; recommendations: number }>(
      database.db,
      sql`select count(*) filter (where section = 'policy_gap')::int as gaps, count(*) filter (where section = 'implementation_issue')::int as issues,
            count(*) filter (where section = 'recommendation')::int as recommendations
          from assessment_items where created_by_id in ${demo} group by country_code, guarantee`,
    );
    expect(blocks).toHaveLength(12);
    const within = (n: number, low: number, high: number) => n >= low && n <= high;
    expect(blocks.filter((block) => !within(block.gaps, 1, 3) || !within(block.issues, 0, 2) || !within(block.recommendations, 2, 4))).toEqual([]);
    // Mozambique's dialogue: one endorsed version, at a milestone of the policy-options step with its report.
    const versions = await queryRows<{ country: string; number: number; evidence: number; step: string }>(
      database.db,
      sql`select v.country_code::text as country, v.number, (select count(*)::int from evidence e where e.milestone_id = v.milestone_id) as evidence, f.key as step
          from assessment_versions v join milestones m on m.id = v.milestone_id join country_steps s on s.id = m.country_step_id join framework_steps f on f.id = s.framework_step_id
          where v.endorsed_by_id in ${demo}`,
    );
    expect(versions).toEqual([{ country: "MZ", number: 1, evidence: 1, step: "policy_options" }]);
    const statuses = await queryRows<{ status: string; n: number }>(
      database.db,
      sql`select status::text as status, count(*)::int as n from assessment_items where country_code = 'MZ' and section = 'recommendation' group by 1 order by 1`,
    );
    expect(statuses).toEqual([{ status: "adopted", n: 1 }, { status: "dropped", n: 1 }, { status: "endorsed", n: 7 }]);
    expect(await count(sql`select count(*)::int as n from assessment_items where status = 'dropped' and decision_reason <> ''`)).toBe(1);
    // The draft differs from version 1: one recommendation reworded, one adopted, one dropped.
    const member = await demoPerson("MZ");
    const { sinceThen } = await getAssessmentVersion(database.db, member, "MZ", 1);
    expect(sinceThen.added).toEqual([]);
    expect(sinceThen.removed).toEqual([]);
    expect(sinceThen.changed.map((change) => change.fields).sort()).toEqual([["statement", "details"], ["status"], ["status"]].sort());
    // The review thread: changes requested on a recommendation of the shared matrix, the group's answer, then validated.
    const thread = await queryRows<{ kind: string; state: string }>(
      database.db,
      sql`select r.kind::text as kind, i.review_state::text as state from review_entries r join assessment_items i on i.id = r.subject_id
          where r.subject_type = 'assessment_item' and r.author_id in ${demo} order by r.created_at`,
    );
    expect(thread).toEqual([
      { kind: "changes_requested", state: "validated" },
      { kind: "comment", state: "validated" },
      { kind: "validated", state: "validated" },
    ]);
    // Benin's draft is its group's: a member of another country does not read it, its own member does.
    expect((await getAssessmentMatrix(database.db, await demoPerson("BJ"), "BJ")).itemCount).toBeGreaterThan(0);
    expect((await getAssessmentMatrix(database.db, await demoPerson("TG"), "BJ")).itemCount).toBe(0);
    expect((await getAssessmentMatrix(database.db, await demoPerson("TG"), "TH")).itemCount).toBeGreaterThan(0);
    // Told in the past, like the rest.
    for (const [table, column] of [["assessment_items", "updated_at"], ["assessment_matrices", "updated_at"], ["assessment_versions", "created_at"]]) {
      const late = sql`select count(*)::int as n from ${sql.identifier(table!)} where ${sql.identifier(column!)} > ${`${lastDay}T23:59:59Z`}::timestamptz`;
      expect(await count(late), table).toBe(0);
    }
  });

  it("tells Mozambique's costing: framed, costed every year, validated once at a dialogue and changed since, its gap turned into needs", async () =>
    checkDemoCosting(database.db, await demoPerson("MZ"), lastDay));
  it("tells each country's plan with a baseline, and two past rounds with one country late and one missing", () => checkDemoPlansAndRounds(database, lastDay));

  it("tells monthly rates to USD, marked as invented, for every currency of the demo's support, over the months it covers", async () => {
    const supportCurrencies = await queryRows<{ currency: string }>(database.db, sql`select distinct currency from support_entries where created_by_id in ${demo} and currency is not null and currency <> 'USD'`);
    expect(supportCurrencies.length).toBeGreaterThan(2);
    const settings = await getFundingSettings(database.db);
    const table = await loadRateTable(database.db, settings, supportCurrencies.map((row) => row.currency));
    for (const { currency } of supportCurrencies) {
      const converted = convert(table, { amount: "1000", currency, valueDate: lastDay });
      expect(converted, currency).toMatchObject({ converted: expect.stringMatching(/^\d/), rate: { period: "month", source: demoRateSource } });
    }
    const [months] = await queryRows<{ n: number }>(database.db, sql`select count(distinct period_start)::int as n from exchange_rates where created_by_id in ${demo}`);
    expect(months!.n).toBeGreaterThanOrEqual(24);
  });

  it("keeps some milestones to their working group: other countries and reviewers do not see them", async () => {
    const kept = await count(sql`select count(*)::int as n from milestones where author_id in ${demo} and sharing_level = 'country' and country_code = 'BJ'`);
    expect(kept).toBeGreaterThan(0);
    const member = await demoPerson("BJ");
    const otherCountry = await demoPerson("TG");
    const reviewer = await createPerson(database, { role: "reviewer" });
    const titles = async (actor: Actor) => (await getCountryTimeline(database.db, actor, "BJ")).entries.filter((entry) => entry.kind === "milestone").length;
    const all = await count(sql`select count(*)::int as n from milestones where author_id in ${demo} and country_code = 'BJ'`);
    expect(await titles(member)).toBe(all);
    expect(await titles(otherCountry)).toBe(all - kept);
    expect(await titles(reviewer)).toBe(all - kept);
  });

  it("is made again by --demo with the same content, leaving everything else as it was", async () => {
    const member = await createPerson(database, { role: "working_group_member", countryCode: "TG", name: "Real Togo Member" });
    const adviser = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO", name: "Real ILO Adviser" });
    const step = await stepOf(database.db, "TG", "monitoring");
    const real = await logMilestone(database.db, member, {
      countryStepId: step.id,
      title: "Real milestone",
      occurredOn: "2026-11-01",
      sharingLevel: "all",
      statusChange: "in_progress",
      stepVersion: step.version,
    });
    const entry = await addSupportEntry(database.db, adviser, {
      countryCode: "TG",
      agencyId: await agencyIdOf(database.db, "ILO"),
      kind: "technical",
      technicalCategory: "monitoring_evaluation",
      title: "Real support",
      status: "planned",
    });
    // A reviewer's comment on a demo milestone goes with that milestone.
    const reviewer = await createPerson(database, { role: "reviewer" });
    const [demoShared] = await database.db.select({ id: milestones.id }).from(milestones).where(and(eq(milestones.countryCode, "TG"), eq(milestones.sharingLevel, "all"))).limit(1);
    await commentOnReview(database.db, reviewer, { subjectType: "milestone", subjectId: demoShared!.id, body: "A real comment on demo data" });
    // So does one on a recommendation of a demo matrix; Togo's own matrix and costing, begun by its real member, stay theirs.
    const [demoRecommendation] = await queryRows<{ id: string }>(database.db, sql`select id from assessment_items where country_code = 'MZ' and section = 'recommendation' limit 1`);
    await commentOnReview(database.db, reviewer, { subjectType: "assessment_item", subjectId: demoRecommendation!.id, body: "A real comment on demo data" });
    const realItem = await addAssessmentItem(database.db, member, { countryCode: "TG", guarantee: "health", section: "policy_gap", statement: "Real gap" });
    await setCostingFrame(database.db, member, { countryCode: "TG", version: 0, baseYear: 2025, horizonYear: 2030, currency: "XOF", populationSource: "INSEED" });
    // Endorsed at a demo dialogue: that endorsement goes with the demo's milestone, the recommendation stays, proposed.
    const recommendation = { section: "recommendation", statement: "Real recommendation", recommendationKind: "management", priority: "low" };
    const realRecommendation = await addAssessmentItem(database.db, member, { countryCode: "TG", guarantee: "health", ...recommendation });
    const [demoDialogue] = await queryRows<{ id: string }>(
      database.db,
      sql`select m.id from milestones m where m.country_code = 'TG' and m.author_id in ${demo} and exists (select 1 from evidence e where e.milestone_id = m.id) limit 1`,
    );
    const [tgMatrix] = await queryRows<{ version: number }>(database.db, sql`select version from assessment_matrices where country_code = 'TG'`);
    await endorseAssessment(database.db, member, { countryCode: "TG", version: tgMatrix!.version, milestoneId: demoDialogue!.id, recommendationIds: [realRecommendation.id] });
    const [realBefore] = await database.db.select().from(milestones).where(eq(milestones.id, real.id));
    const peopleBefore = await count(sql`select count(*)::int as n from users where id not in ${demo}`);

    const again = await recreateDemoDataset(database.db, { lastDay });

    expect(again).toEqual(summary);
    // The steps' kept figures follow the generator's bulk writes and its removal of the previous dataset (decision 2420).
    expect(await stepFiguresMismatches(database.db)).toEqual([]);
    // The same dataset, but for the notices it now also sends the people made above, Togo's new member among them.
    const withoutNotices = (value: string) => value.replace(/notifications:[^,]*,/, "");
    expect(withoutNotices(await demoFingerprint(database.db))).toBe(withoutNotices(fingerprint));
    expect(await count(sql`select count(*)::int as n from notifications where user_id = ${member.userId}`)).toBeGreaterThan(0);
    const [realAfter] = await database.db.select().from(milestones).where(eq(milestones.id, real.id));
    expect(realAfter).toEqual(realBefore);
    expect(await database.db.select({ id: supportEntries.id }).from(supportEntries).where(eq(supportEntries.id, entry.id))).toHaveLength(1);
    expect(await count(sql`select count(*)::int as n from users where id not in ${demo}`)).toBe(peopleBefore);
    expect(await count(sql`select count(*)::int as n from review_entries where body = 'A real comment on demo data'`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from assessment_items where country_code = 'TG'`)).toBe(2);
    expect(await count(sql`select count(*)::int as n from assessment_versions where country_code = 'TG'`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from assessment_items where id = ${realRecommendation.id} and status = 'proposed' and endorsed_on is null`)).toBe(1);
    expect(await count(sql`select count(*)::int as n from assessment_items where id = ${realItem.id} and version = 1`)).toBe(1);
    expect(await count(sql`select count(*)::int as n from costings where country_code = 'TG' and version = 1`)).toBe(1);
    // The step a real person started stays started; the audit entries of real people stay.
    const [tgMonitoring] = await database.db.select({ status: countrySteps.status }).from(countrySteps).where(eq(countrySteps.id, step.id));
    expect(tgMonitoring!.status).toBe("in_progress");
    expect(await count(sql`select count(*)::int as n from audit_log where actor_id = ${member.userId}`)).toBeGreaterThan(0);
  }, generous);
});

describe("another database", () => {
  let other: TestDatabase;
  beforeAll(async () => {
    other = await createTestDatabase();
    await seedDatabase(other.db, { demoAccounts: true });
  }, generous);
  afterAll(() => other?.drop());

  // Each load of the dataset is a large share of the integration suite's time (docs/performance.md): each test
  // below loads it once, and checks all it can on that load.
  it("gets the dataset on start only when it is new and the demo accounts are on, and from the same seed and day the same dataset", async () => {
    expect(await hasDemoDataset(other.db)).toBe(false);
    const before = await databaseFingerprint(other.db);

    expect(await loadDemoDatasetIfWanted(other.db, envWith({ SOCLE_DEMO_ACCOUNTS: "false" }), { lastDay })).toBeNull();
    expect(await loadDemoDatasetIfWanted(other.db, envWith({ SOCLE_DEMO_DATASET: "false" }), { lastDay })).toBeNull();
    expect(await databaseFingerprint(other.db)).toBe(before);

    expect(await loadDemoDatasetIfWanted(other.db, envWith({}), { lastDay })).not.toBeNull();
    expect(await hasDemoDataset(other.db)).toBe(true);
    // In another database, from the same seed and last day: the same dataset.
    expect(await demoFingerprint(other.db)).toBe(fingerprint);
    // Already there: the next start leaves it.
    const loaded = await databaseFingerprint(other.db);
    expect(await loadDemoDatasetIfWanted(other.db, envWith({}))).toBeNull();
    expect(await databaseFingerprint(other.db)).toBe(loaded);

    // A database in use never receives invented records.
    await other.db.transaction((tx) => removeDemoDataset(tx));
    const member = await createPerson(other, { role: "working_group_member", countryCode: "BJ" });
    await logMilestone(other.db, member, { countryStepId: (await stepOf(other.db, "BJ", "stakeholders")).id, title: "Real work", occurredOn: "2026-10-01" });
    const inUse = await databaseFingerprint(other.db);
    expect(await loadDemoDatasetIfWanted(other.db, envWith({}))).toBeNull();
    expect(await databaseFingerprint(other.db)).toBe(inUse);
  }, generous);

  it("made again by --demo where a real person closed a step the demo works in, leaves that step to them; another seed draws another", async () => {
    const member = await createPerson(other, { role: "working_group_member", countryCode: "BJ" });
    const step = await stepOf(other.db, "BJ", "working_group");
    await changeStepStatus(other.db, member, { countryStepId: step.id, version: step.version, to: "not_applicable", note: "Done by the ministry's own group" });
    // Benin's group also began its own assessment matrix: the demo writes nothing into it.
    await addAssessmentItem(other.db, member, { countryCode: "BJ", guarantee: "children", section: "policy_gap", statement: "Our own gap" });

    await recreateDemoDataset(other.db, { lastDay, seed: 7 });

    // Another seed: Togo's story (which no real person touched here) is drawn otherwise than the first database's.
    const togoStory = sql`select string_agg(title || ' ' || occurred_on, ', ' order by occurred_on, title) as story from milestones where country_code = 'TG' and author_id in ${demo}`;
    const [drawnHere] = await queryRows<{ story: string }>(other.db, togoStory);
    const [drawnThere] = await queryRows<{ story: string }>(database.db, togoStory);
    expect(drawnHere!.story).toBeTruthy();
    expect(drawnHere!.story).not.toBe(drawnThere!.story);

    const [after] = await other.db.select({ status: countrySteps.status, reason: countrySteps.statusReason }).from(countrySteps).where(eq(countrySteps.id, step.id));
    expect(after).toEqual({ status: "not_applicable", reason: "Done by the ministry's own group" });
    const demoInStep = sql`select count(*)::int as n from milestones where country_step_id = ${step.id} and author_id in ${demo}`;
    expect((await queryRows<{ n: number }>(other.db, demoInStep))[0]!.n).toBe(0);
    // Benin's other steps still tell their story.
    const demoInBenin = sql`select count(*)::int as n from milestones where country_code = 'BJ' and author_id in ${demo}`;
    expect((await queryRows<{ n: number }>(other.db, demoInBenin))[0]!.n).toBeGreaterThan(5);
    const beninItems = sql`select count(*)::int as n from assessment_items where country_code = 'BJ'`;
    expect((await queryRows<{ n: number }>(other.db, beninItems))[0]!.n).toBe(1);
    // Mozambique's matrix is told as before.
    const mozambiqueVersions = sql`select count(*)::int as n from assessment_versions where country_code = 'MZ'`;
    expect((await queryRows<{ n: number }>(other.db, mozambiqueVersions))[0]!.n).toBe(1);
  }, generous);
});
