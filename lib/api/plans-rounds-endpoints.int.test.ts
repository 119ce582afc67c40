/**
 * The plans' and reporting rounds' endpoints through the API's core, on a real database: Benin's working group plans
 * a step and a milestone ahead, saves a baseline and moves a date, and reads the slippage against the baseline; a
 * coordinator opens a round; a Benin member writes and submits the report, a reviewer returns it, then accepts it; the
 * period is locked until the coordinator reopens it; completeness says Togo is missing. Stale versions answer 409 with
 * the record as it stands, and a Togo member, an adviser and a reviewer change nothing they may not.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { createResultsCast, type ResultsCast } from "@/lib/results/test-helpers";
import { apiCaller, expectRefusedUnchanged } from "@/lib/testing/api-calls";
import { stepOf, useTestDatabase } from "@/lib/testing/database";

const database = useTestDatabase();
let people: ResultsCast;
let stepId = "";
beforeAll(async () => {
  people = await createResultsCast(database);
  stepId = (await stepOf(database.db, "BJ", "assessment")).id;
});


/** A request to `path` (an endpoint's declared path, with its query) with its parameters filled in. */
const api = apiCaller(database);

const refusedUnchanged = (request: () => Promise<unknown>, expected: Record<string, unknown>) => expectRefusedUnchanged(database, request, expected);

type Plan = { today: string; baseline: { name: string } | null; steps: { countryStepId: string; planVersion: number; plannedEnd: string | null; state: string; slippageDays: number | null; baselineSlippageDays: number | null; plannedMilestones: { id: string; title: string }[] }[] };
const stepIn = (plan: Plan) => plan.steps.find((step) => step.countryStepId === stepId)!;

describe("Benin's plan through /api/v1", () => {
  let baselineId = "";

  it("plans a step and a milestone ahead, saves a baseline, moves the end and reads the slippage against it", async () => {
    const set = await api(people.benin, "PUT", "/countries/{code}/plan/steps/{id}", { code: "bj", id: stepId }, { version: 0, plannedStart: "2026-01-05", plannedEnd: "2026-06-30" });
    expect(set.body.data).toMatchObject({ id: stepId, version: 1, countryCode: "BJ" });
    const planned = await api(people.benin, "POST", "/countries/{code}/plan/milestones", { code: "BJ" }, { countryStepId: stepId, title: "Validation workshop", expectedOn: "2026-05-15" });
    expect(planned.status).toBe(201);
    const saved = await api(people.beninColleague, "POST", "/countries/{code}/plan/baselines", { code: "BJ" }, { name: "Adopted plan" });
    baselineId = saved.body.data.id!;
    await api(people.benin, "PUT", "/countries/{code}/plan/steps/{id}", { code: "BJ", id: stepId }, { version: 1, plannedStart: "2026-01-05", plannedEnd: "2026-08-29" });

    const read = await api(people.togo, "GET", `/countries/{code}/plan?baseline=${baselineId}&today=2026-09-30`, { code: "BJ" });
    const plan = read.body.data as unknown as Plan;
    expect(plan.baseline?.name).toBe("Adopted plan");
    expect(stepIn(plan)).toMatchObject({ plannedEnd: "2026-08-29", state: "behind", slippageDays: 32, baselineSlippageDays: 60 });
    // Kept to Benin (the default): a Togo member does not read the planned milestone; Benin's group does.
    expect(stepIn(plan).plannedMilestones).toEqual([]);
    const own = (await api(people.benin, "GET", "/countries/{code}/plan", { code: "BJ" })).body.data as unknown as Plan;
    expect(stepIn(own).plannedMilestones.map((milestone) => milestone.title)).toEqual(["Validation workshop"]);
    const baselines = (await api(people.reviewer, "GET", "/countries/{code}/plan/baselines", { code: "BJ" })).body.data as unknown as { name: string; steps: number }[];
    expect(baselines).toMatchObject([{ name: "Adopted plan", steps: 1 }]);
  });

  it("answers 409 to a stale plan, 422 to an end before the start, and refuses others, changing nothing", async () => {
    await refusedUnchanged(() => api(people.benin, "PUT", "/countries/{code}/plan/steps/{id}", { code: "BJ", id: stepId }, { version: 1, plannedStart: null, plannedEnd: null }), { code: "CONFLICT" });
    await refusedUnchanged(() => api(people.benin, "PUT", "/countries/{code}/plan/steps/{id}", { code: "BJ", id: stepId }, { version: 2, plannedStart: "2026-05-01", plannedEnd: "2026-04-01" }), {
      code: "INVALID",
      fieldErrors: { plannedEnd: "plans.endBeforeStart" },
    });
    for (const actor of [people.togo, people.adviser, people.reviewer]) {
      await refusedUnchanged(() => api(actor, "POST", "/countries/{code}/plan/baselines", { code: "BJ" }, { name: "Not theirs" }), { code: "FORBIDDEN" });
    }
  });

  it("withdraws a planned milestone with DELETE and restores it", async () => {
    const plan = (await api(people.benin, "GET", "/countries/{code}/plan", { code: "BJ" })).body.data as unknown as Plan;
    const id = stepIn(plan).plannedMilestones[0]!.id;
    const withdrawn = await api(people.benin, "DELETE", "/planned-milestones/{id}", { id }, { version: 1, reason: "Merged with the dialogue" });
    expect(stepIn(withdrawn.body.data.plan as Plan).plannedMilestones).toEqual([]);
    const restored = await api(people.benin, "POST", "/planned-milestones/{id}/restore", { id }, { version: 2 });
    expect(restored.body.data).toMatchObject({ id, version: 3 });
  });
});

describe("a reporting round through /api/v1", () => {
  let roundId = "";
  let reportId = "";
  const report = async (actor: Actor) => (await api(actor, "GET", "/rounds/{id}/reports/{code}", { id: roundId, code: "BJ" })).body.data as { status: string; report: { id: string; version: number; achievements: string } | null };

  it("is opened by a coordinator only, and read by everyone", async () => {
    // Due after the submission whatever day the test runs.
    const round = { name: "First half of 2026", periodStart: "2026-01-01", periodEnd: "2026-06-30", dueOn: "2099-12-31", countryCodes: ["BJ", "TG"] };
    await refusedUnchanged(() => api(people.reviewer, "POST", "/rounds", {}, round), { code: "FORBIDDEN" });
    const opened = await api(people.coordinator, "POST", "/rounds", {}, round);
    expect(opened.status).toBe(201);
    roundId = opened.body.data.id!;
    const listed = (await api(people.togo, "GET", "/rounds")).body.data as unknown as { id: string; countries: number }[];
    expect(listed).toMatchObject([{ id: roundId, countries: 2 }]);
  });

  it("takes Benin's narrative, submitted, returned, submitted again and accepted", async () => {
    const saved = await api(people.benin, "PUT", "/rounds/{id}/reports/{code}", { id: roundId, code: "bj" }, { achievements: "Inventory finished", nextSteps: "Dialogue" });
    reportId = (saved.body.data.report as { id: string }).id;
    await refusedUnchanged(() => api(people.togo, "PUT", "/rounds/{id}/reports/{code}", { id: roundId, code: "BJ" }, { achievements: "Not theirs" }), { code: "FORBIDDEN" });
    await refusedUnchanged(() => api(people.coordinator, "POST", "/country-reports/{id}/submit", { id: reportId }, { version: 1 }), { code: "FORBIDDEN" });
    await api(people.benin, "POST", "/country-reports/{id}/submit", { id: reportId }, { version: 1 });
    await refusedUnchanged(() => api(people.benin, "POST", "/country-reports/{id}/accept", { id: reportId }, { version: 2 }), { code: "FORBIDDEN" });
    const returned = await api(people.reviewer, "POST", "/country-reports/{id}/return", { id: reportId }, { version: 2, reason: "Add the support received" });
    expect(returned.body.data).toMatchObject({ status: "returned", report: { returnReason: "Add the support received" } });
    await refusedUnchanged(() => api(people.benin, "PUT", "/rounds/{id}/reports/{code}", { id: roundId, code: "BJ" }, { version: 1, achievements: "Stale" }), { code: "CONFLICT" });
    await api(people.benin, "PUT", "/rounds/{id}/reports/{code}", { id: roundId, code: "BJ" }, { version: 3, achievements: "Inventory finished; support listed" });
    await api(people.beninColleague, "POST", "/country-reports/{id}/submit", { id: reportId }, { version: 4 });
    const accepted = await api(people.coordinator, "POST", "/country-reports/{id}/accept", { id: reportId }, { version: 5 });
    expect(accepted.body.data).toMatchObject({ status: "accepted", frozen: true, report: { achievements: "Inventory finished; support listed" } });
    // Read by Benin's group and reviewers; an adviser of an agency with no support in Benin reads nothing.
    expect((await report(people.reviewer)).status).toBe("accepted");
    await expect(report(people.adviser)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("reopens the period for a coordinator only, with a reason", async () => {
    await refusedUnchanged(() => api(people.reviewer, "POST", "/country-reports/{id}/reopen", { id: reportId }, { version: 6, reason: "A milestone was misdated" }), { code: "FORBIDDEN" });
    const reopened = await api(people.coordinator, "POST", "/country-reports/{id}/reopen", { id: reportId }, { version: 6, reason: "A milestone was misdated" });
    expect(reopened.body.data).toMatchObject({ status: "reopened", report: { reopenReason: "A milestone was misdated" } });
  });

  it("says who is on time and who is missing, on a given day", async () => {
    const completeness = (await api(people.togo, "GET", "/rounds/{id}/completeness?today=2100-01-01", { id: roundId })).body.data as unknown as {
      countries: { countryCode: string; state: string }[];
      counts: Record<string, number>;
    };
    expect(completeness.countries.map((country) => [country.countryCode, country.state])).toEqual([
      ["BJ", "on_time"],
      ["TG", "missing"],
    ]);
    expect(completeness.counts).toMatchObject({ on_time: 1, missing: 1 });
  });

  it("is edited, withdrawn with DELETE and restored by a coordinator, under its version", async () => {
    const fields = { name: "First half of 2026 (extended)", periodStart: "2026-01-01", periodEnd: "2026-06-30", dueOn: "2100-01-31", countryCodes: ["BJ", "TG"] };
    const edited = await api(people.coordinator, "PATCH", "/rounds/{id}", { id: roundId }, { version: 1, ...fields });
    expect(edited.body.data).toMatchObject({ version: 2, dueOn: "2100-01-31" });
    await refusedUnchanged(() => api(people.coordinator, "PATCH", "/rounds/{id}", { id: roundId }, { version: 1, ...fields }), { code: "CONFLICT" });
    const withdrawn = await api(people.coordinator, "DELETE", "/rounds/{id}", { id: roundId }, { version: 2, reason: "Opened twice" });
    expect(withdrawn.body.data).toMatchObject({ withdrawn: true, version: 3 });
    await expect(api(people.togo, "GET", "/rounds/{id}", { id: roundId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const restored = await api(people.coordinator, "POST", "/rounds/{id}/restore", { id: roundId }, { version: 3 });
    expect(restored.body.data).toMatchObject({ withdrawn: false, version: 4 });
  });
});
