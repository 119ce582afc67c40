/**
 * Reading a country's plan on a real database, on a fixed day: each step's planned, actual and baseline dates, its
 * state and slippage in days; planned milestones late or logged; a baseline compared with the plan that moved since;
 * the baselines' list, the plan's history, and "behind plan" for the matrix and across countries.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { countrySteps } from "@/db/schema";
import { getProgressMatrix } from "@/lib/matrix/get-progress-matrix";
import { deleteMilestone } from "@/lib/progress/delete-milestone";
import { logMilestone } from "@/lib/progress/log-milestone";
import { createCast, stepOf, useTestDatabase } from "@/lib/testing/database";
import { addPlannedMilestone } from "./add-planned-milestone";
import { behindPlanCountrySteps } from "./behind-plan";
import { getCountryPlan, type StepPlanView } from "./get-country-plan";
import { listBaselines } from "./list-baselines";
import { getPlanHistory } from "./plan-history";
import { saveBaseline } from "./save-baseline";
import { setStepPlan } from "./set-step-plan";
import { withdrawBaseline } from "./withdraw-baseline";
import { withdrawPlannedMilestone } from "./withdraw-planned-milestone";

const database = useTestDatabase();
const today = "2027-06-15";
let people: Awaited<ReturnType<typeof createCast>>;
const ids: Record<string, string> = {};
let baselineId: string;

/** A step's status set directly, with the day it was signed off: the reads are under test, not the status rules. */
async function setStatus(key: string, status: "completed" | "in_progress" | "not_applicable", signedOffOn?: string) {
  const at = signedOffOn ? new Date(`${signedOffOn}T16:00:00Z`) : new Date();
  await database.db
    .update(countrySteps)
    .set({ status, statusChangedAt: at, signedOffAt: status === "completed" ? at : null })
    .where(eq(countrySteps.id, ids[key]!));
}
const plan = (key: string, version: number, plannedStart: string, plannedEnd: string) =>
  setStepPlan(database.db, people.benin, { countryStepId: ids[key]!, version, plannedStart, plannedEnd });
const stepIn = (steps: StepPlanView[], key: string) => steps.find((step) => step.key === key)!;

beforeAll(async () => {
  people = await createCast(database);
  for (const key of ["stakeholders", "working_group", "awareness", "assessment", "policy_options"]) ids[key] = (await stepOf(database.db, "BJ", key)).id;
  ids.togo = (await stepOf(database.db, "TG", "working_group")).id;
  await plan("stakeholders", 0, "2027-01-01", "2027-03-31");
  await plan("working_group", 0, "2027-02-01", "2027-05-31");
  await plan("awareness", 0, "2027-04-01", "2027-09-30");
  await plan("policy_options", 0, "2027-10-01", "2027-12-31");
  await setStatus("stakeholders", "completed", "2027-04-10");
  await setStatus("working_group", "in_progress");
  await setStatus("policy_options", "not_applicable");
  // The first live milestone dates the start; a deleted earlier one does not.
  const early = await logMilestone(database.db, people.benin, { countryStepId: ids.working_group!, title: "Draft decree", occurredOn: "2024-12-01" });
  await deleteMilestone(database.db, people.benin, { milestoneId: early.id });
  await logMilestone(database.db, people.benin, { countryStepId: ids.working_group!, title: "Decree signed", occurredOn: "2025-01-10", sharingLevel: "all" });
  await logMilestone(database.db, people.benin, { countryStepId: ids.working_group!, title: "First meeting", occurredOn: "2025-03-01" });
  const late = await addPlannedMilestone(database.db, people.benin, { countryCode: "BJ", countryStepId: ids.working_group!, title: "Terms of reference", expectedOn: "2027-05-01" });
  ids.late = late.id;
  const held = await addPlannedMilestone(database.db, people.benin, { countryCode: "BJ", countryStepId: ids.working_group!, title: "Launch", expectedOn: "2027-03-01", sharingLevel: "all" });
  ids.held = held.id;
  ids.heldMilestone = (await logMilestone(database.db, people.benin, { countryStepId: ids.working_group!, title: "Launched", occurredOn: "2025-03-02", plannedMilestoneId: held.id })).id;
  ids.dropped = (await addPlannedMilestone(database.db, people.benin, { countryCode: "BJ", countryStepId: ids.awareness!, title: "Radio spots", expectedOn: "2027-07-01" })).id;
  // Togo: a step past its planned end on any day the suite runs.
  await setStepPlan(database.db, people.togo, { countryStepId: ids.togo!, version: 0, plannedStart: "2025-01-01", plannedEnd: "2026-01-31" });
});

describe("a country's plan on a fixed day", () => {
  it("gives each step its dates, state and slippage in days, in position order", async () => {
    const { steps, today: judgedOn, baseline } = await getCountryPlan(database.db, people.reviewer, "bj", { today });
    expect(judgedOn).toBe(today);
    expect(baseline).toBeNull();
    expect(steps.map((step) => step.position)).toEqual([...steps.map((step) => step.position)].sort((a, b) => a - b));
    const pick = ({ plannedStart, plannedEnd, actualStart, actualEnd, state, slippageDays }: StepPlanView) => ({ plannedStart, plannedEnd, actualStart, actualEnd, state, slippageDays });
    expect(pick(stepIn(steps, "stakeholders"))).toEqual({ plannedStart: "2027-01-01", plannedEnd: "2027-03-31", actualStart: null, actualEnd: "2027-04-10", state: "done", slippageDays: 10 });
    // The reviewer reads only the shared milestone: it dates the start for them.
    expect(pick(stepIn(steps, "working_group"))).toEqual({ plannedStart: "2027-02-01", plannedEnd: "2027-05-31", actualStart: "2025-01-10", actualEnd: null, state: "behind", slippageDays: 15 });
    expect(pick(stepIn(steps, "awareness"))).toMatchObject({ state: "on_track", slippageDays: 0 });
    expect(pick(stepIn(steps, "assessment"))).toEqual({ plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null, state: "not_planned", slippageDays: null });
    expect(pick(stepIn(steps, "policy_options"))).toMatchObject({ state: "done", slippageDays: null });
    expect(stepIn(steps, "working_group").planVersion).toBe(1);
    expect(stepIn(steps, "assessment").planVersion).toBe(0);
  });

  it("lists planned milestones by expected day: late when past and not logged; logged with its day", async () => {
    const { steps } = await getCountryPlan(database.db, people.benin, "BJ", { today });
    const planned = stepIn(steps, "working_group").plannedMilestones;
    expect(planned.map(({ title, logged, loggedOn, late, milestoneId }) => ({ title, logged, loggedOn, late, milestoneId }))).toEqual([
      { title: "Launch", logged: true, loggedOn: "2025-03-02", late: false, milestoneId: ids.heldMilestone },
      { title: "Terms of reference", logged: false, loggedOn: null, late: true, milestoneId: null },
    ]);
    expect(stepIn(steps, "awareness").plannedMilestones).toMatchObject([{ title: "Radio spots", late: false, baselineExpectedOn: null }]);
    expect(stepIn(steps, "working_group").actualStart).toBe("2025-01-10");
  });

  it("compared with a baseline: the baseline's dates, how far the plan moved, what was planned or withdrawn since", async () => {
    baselineId = (await saveBaseline(database.db, people.benin, { countryCode: "BJ", name: "Roadmap agreed in January" })).id;
    await plan("working_group", 1, "2027-02-01", "2027-06-20");
    await plan("awareness", 1, "2027-04-01", "2027-08-31");
    await withdrawPlannedMilestone(database.db, people.benin, { id: ids.dropped!, version: 1, reason: "No budget" });
    await addPlannedMilestone(database.db, people.benin, { countryCode: "BJ", countryStepId: ids.awareness!, title: "Posters", expectedOn: "2027-08-01" });

    const { steps, baseline } = await getCountryPlan(database.db, people.benin, "BJ", { today, baselineId });
    expect(baseline).toMatchObject({ id: baselineId, name: "Roadmap agreed in January", version: 1 });
    expect(stepIn(steps, "working_group")).toMatchObject({ baselineStart: "2027-02-01", baselineEnd: "2027-05-31", plannedEnd: "2027-06-20", state: "on_track", slippageDays: 0, baselineSlippageDays: 20 });
    expect(stepIn(steps, "awareness")).toMatchObject({ baselineEnd: "2027-09-30", baselineSlippageDays: -30 });
    expect(stepIn(steps, "assessment")).toMatchObject({ baselineEnd: null, baselineSlippageDays: null });
    expect(stepIn(steps, "awareness").plannedMilestones.map(({ title, withdrawn, late, baselineExpectedOn }) => ({ title, withdrawn, late, baselineExpectedOn }))).toEqual([
      { title: "Radio spots", withdrawn: true, late: false, baselineExpectedOn: "2027-07-01" },
      { title: "Posters", withdrawn: false, late: false, baselineExpectedOn: null },
    ]);
    // Without the baseline, the withdrawn one is gone.
    expect(stepIn((await getCountryPlan(database.db, people.benin, "BJ", { today })).steps, "awareness").plannedMilestones.map((row) => row.title)).toEqual(["Posters"]);
  });

  it("refuses an unknown country, another country's baseline, a withdrawn one, a day that is not one", async () => {
    const togoBaseline = await saveBaseline(database.db, people.togo, { countryCode: "TG", name: "Togo plan" });
    await expect(getCountryPlan(database.db, people.benin, "ZZ", { today })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCountryPlan(database.db, people.benin, "B1", { today })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCountryPlan(database.db, people.benin, "BJ", { baselineId: togoBaseline.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCountryPlan(database.db, people.benin, "BJ", { today: "2027-13-01" })).rejects.toMatchObject({ code: "INVALID" });
    await withdrawBaseline(database.db, people.togo, { id: togoBaseline.id, version: 1, reason: "Draft" });
    await expect(getCountryPlan(database.db, people.togo, "TG", { baselineId: togoBaseline.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listBaselines(database.db, people.reviewer, "TG")).toMatchObject([{ name: "Togo plan", withdrawn: true, steps: 1, milestones: 0 }]);
  });

  it("lists the baselines newest first, with what each holds", async () => {
    expect(await listBaselines(database.db, people.adviser, "BJ")).toMatchObject([
      { id: baselineId, name: "Roadmap agreed in January", withdrawn: false, steps: 4, milestones: 3, createdByName: "Adjoa Mensah", version: 1 },
    ]);
  });

  it("keeps the plan's history, newest first, each entry with its step or baseline", async () => {
    const history = await getPlanHistory(database.db, people.benin, { countryCode: "BJ" });
    expect(history.rows[0]).toMatchObject({ action: "plannedMilestone.add", subject: "Posters", step: expect.objectContaining({ en: expect.any(String) }) });
    expect(history.rows.find((entry) => entry.action === "planBaseline.save")).toMatchObject({ subject: "Roadmap agreed in January", step: null });
    const moved = history.rows.find((entry) => entry.action === "stepPlan.set" && entry.entityId === ids.working_group)!;
    expect(moved.changes).toEqual([{ field: "plannedEnd", before: "2027-05-31", after: "2027-06-20" }]);
    expect(history.rows.find((entry) => entry.action === "plannedMilestone.log")).toMatchObject({ subject: "Launch", changes: [{ field: "logged", before: false, after: true }] });
    expect(history.total).toBe(history.rows.length);
  });
});

describe("behind plan across countries", () => {
  it("lists every open step past its planned end on a day, with how many days late", async () => {
    const behind = await behindPlanCountrySteps(database.db, "2027-07-01");
    expect(behind).toContainEqual({ countryCode: "TG", countryStepId: ids.togo, plannedEnd: "2026-01-31", slippageDays: 516 });
    expect(behind).toContainEqual({ countryCode: "BJ", countryStepId: ids.working_group, plannedEnd: "2027-06-20", slippageDays: 11 });
    // Completed and not-applicable steps are never behind.
    expect(behind.map((row) => row.countryStepId)).not.toContain(ids.stakeholders);
    expect(behind.map((row) => row.countryStepId)).not.toContain(ids.policy_options);
  });

  it("filters the matrix to countries with a step behind plan today, and marks those cells", async () => {
    const all = await getProgressMatrix(database.db, people.reviewer, {});
    const filtered = await getProgressMatrix(database.db, people.reviewer, { behindPlan: "true" });
    expect(all.countries.length).toBeGreaterThan(filtered.countries.length);
    expect(filtered.countries.map((country) => country.code)).toEqual(["TG"]);
    const cells = filtered.countries[0]!.cells.filter((cell) => cell?.behindPlan);
    expect(cells.map((cell) => cell!.countryStepId)).toEqual([ids.togo]);
    expect(all.countries.find((country) => country.code === "BJ")!.cells.every((cell) => !cell?.behindPlan)).toBe(true);
    expect((await getProgressMatrix(database.db, people.reviewer, { behindPlan: "false" })).countries.length).toBe(all.countries.length);
  });
});
