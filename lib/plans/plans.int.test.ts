/**
 * A country's plan on a real database: step plans set under their version (made on first save), planned milestones
 * added, edited, withdrawn and restored, baselines saved as copies with names unique among the live ones, a
 * milestone logged for a planned one; refusals (another country's member, a stale version) change nothing.
 */
import { and, asc, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseFingerprint } from "@/db/fingerprint";
import { auditLog, planBaselineMilestones, planBaselineSteps, plannedMilestones, stepPlans } from "@/db/schema";
import { logMilestone } from "@/lib/progress/log-milestone";
import { deleteMilestone } from "@/lib/progress/delete-milestone";
import { createCast, stepOf, useTestDatabase } from "@/lib/testing/database";
import { addPlannedMilestone } from "./add-planned-milestone";
import { editPlannedMilestone } from "./edit-planned-milestone";
import { restoreBaseline } from "./restore-baseline";
import { restorePlannedMilestone } from "./restore-planned-milestone";
import { saveBaseline } from "./save-baseline";
import { setStepPlan } from "./set-step-plan";
import { withdrawBaseline } from "./withdraw-baseline";
import { withdrawPlannedMilestone } from "./withdraw-planned-milestone";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createCast>>;
let awareness: string, assessment: string, togoStep: string;
beforeAll(async () => {
  people = await createCast(database);
  awareness = (await stepOf(database.db, "BJ", "awareness")).id;
  assessment = (await stepOf(database.db, "BJ", "assessment")).id;
  togoStep = (await stepOf(database.db, "TG", "awareness")).id;
});

const fingerprint = () => databaseFingerprint(database.db);
const auditOf = (entityId: string) => database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(asc(auditLog.id));
const planOf = async (countryStepId: string) => (await database.db.select().from(stepPlans).where(eq(stepPlans.countryStepId, countryStepId)))[0];

describe("a step's plan", () => {
  it("is made on first save (version 0), changed under its version, cleared field by field, and audited", async () => {
    expect(await setStepPlan(database.db, people.benin, { countryStepId: awareness, countryCode: "bj", version: 0, plannedStart: "2027-01-15", plannedEnd: "2027-06-30" })).toEqual({
      countryCode: "BJ",
      countryStepId: awareness,
      version: 1,
    });
    await setStepPlan(database.db, people.coordinator, { countryStepId: awareness, version: 1, plannedStart: "", plannedEnd: "2027-09-30" });
    expect(await planOf(awareness)).toMatchObject({ plannedStart: null, plannedEnd: "2027-09-30", version: 2, countryCode: "BJ" });
    // Saving what is there writes nothing.
    expect(await setStepPlan(database.db, people.benin, { countryStepId: awareness, version: 2, plannedStart: "", plannedEnd: "2027-09-30" })).toMatchObject({ version: 2 });
    const entries = await auditOf(awareness);
    expect(entries.map((entry) => [entry.action, entry.entityType, entry.before, entry.after])).toEqual([
      ["stepPlan.set", "step_plan", { plannedStart: null, plannedEnd: null }, { plannedStart: "2027-01-15", plannedEnd: "2027-06-30" }],
      ["stepPlan.set", "step_plan", { plannedStart: "2027-01-15", plannedEnd: "2027-06-30" }, { plannedStart: null, plannedEnd: "2027-09-30" }],
    ]);
  });

  it("a stale version, an end before the start, another country's step or member are refused, changing nothing", async () => {
    const before = await fingerprint();
    await expect(setStepPlan(database.db, people.beninColleague, { countryStepId: awareness, version: 1, plannedStart: "2027-02-01", plannedEnd: "2027-03-01" })).rejects.toMatchObject({
      code: "CONFLICT",
      current: { kind: "stepPlan", version: 2, plannedStart: null, plannedEnd: "2027-09-30", changedBy: "Camille Coordinator" },
    });
    // A first save racing another: the second names version 0 and finds a plan.
    await expect(setStepPlan(database.db, people.benin, { countryStepId: awareness, version: 0, plannedEnd: "2027-03-01" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(setStepPlan(database.db, people.benin, { countryStepId: assessment, version: 0, plannedStart: "2027-05-01", plannedEnd: "2027-04-30" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { plannedEnd: "plans.endBeforeStart" },
    });
    await expect(setStepPlan(database.db, people.benin, { countryStepId: assessment, version: 0, plannedEnd: "2027-02-30" })).rejects.toMatchObject({
      fieldErrors: { plannedEnd: "plans.invalidDate" },
    });
    await expect(setStepPlan(database.db, people.benin, { countryStepId: assessment, version: 0, plannedEnd: "1999-12-31" })).rejects.toMatchObject({
      fieldErrors: { plannedEnd: "plans.dateOutOfRange" },
    });
    await expect(setStepPlan(database.db, people.togo, { countryStepId: awareness, version: 2, plannedEnd: "2027-03-01" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setStepPlan(database.db, people.reviewer, { countryStepId: awareness, version: 2, plannedEnd: "2027-03-01" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setStepPlan(database.db, people.adviser, { countryStepId: awareness, version: 2, plannedEnd: "2027-03-01" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setStepPlan(database.db, people.benin, { countryStepId: togoStep, countryCode: "BJ", version: 0, plannedEnd: "2027-03-01" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { countryStepId: "progress.unknownStep" },
    });
    expect(await fingerprint()).toBe(before);
  });
});

describe("planned milestones", () => {
  it("are added on the country's steps, edited under their version, withdrawn with a reason and restored", async () => {
    const added = await addPlannedMilestone(database.db, people.benin, { countryCode: "BJ", countryStepId: awareness, title: "Validation workshop", expectedOn: "2027-04-15" });
    expect(added).toMatchObject({ countryCode: "BJ", countryStepId: awareness, version: 1 });
    const edited = await editPlannedMilestone(database.db, people.beninColleague, { id: added.id, version: 1, title: "National validation workshop", expectedOn: "2027-05-20" });
    expect(edited.version).toBe(2);
    await expect(editPlannedMilestone(database.db, people.benin, { id: added.id, version: 1, title: "Workshop", expectedOn: "2027-05-20" })).rejects.toMatchObject({
      code: "CONFLICT",
      current: { kind: "plannedMilestone", title: "National validation workshop", expectedOn: "2027-05-20", version: 2, changedBy: "Codjo Houngbo" },
    });
    await withdrawPlannedMilestone(database.db, people.benin, { id: added.id, version: 2, reason: "Merged with the dialogue" });
    const [withdrawn] = await database.db.select().from(plannedMilestones).where(eq(plannedMilestones.id, added.id));
    expect(withdrawn).toMatchObject({ withdrawalReason: "Merged with the dialogue", version: 3, deletedById: people.benin.userId });
    await expect(editPlannedMilestone(database.db, people.benin, { id: added.id, version: 3, title: "x", expectedOn: "2027-05-20" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await restorePlannedMilestone(database.db, people.coordinator, { id: added.id, version: 3 });
    expect(await restorePlannedMilestone(database.db, people.coordinator, { id: added.id, version: 4 })).toMatchObject({ version: 4 });
    const entries = await auditOf(added.id);
    expect(entries.map((entry) => entry.action)).toEqual(["plannedMilestone.add", "plannedMilestone.edit", "plannedMilestone.withdraw", "plannedMilestone.restore"]);
    expect(entries[1]).toMatchObject({ before: { title: "Validation workshop", expectedOn: "2027-04-15" }, after: { title: "National validation workshop", expectedOn: "2027-05-20" } });
    expect(entries[2]).toMatchObject({ after: { withdrawn: true, reason: "Merged with the dialogue" } });
  });

  it("another country's member, a step of another country, a blank title are refused, changing nothing", async () => {
    const { id } = await addPlannedMilestone(database.db, people.benin, { countryCode: "BJ", countryStepId: assessment, title: "Report drafted", expectedOn: "2027-08-01" });
    const before = await fingerprint();
    await expect(addPlannedMilestone(database.db, people.togo, { countryCode: "BJ", countryStepId: awareness, title: "x", expectedOn: "2027-01-01" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addPlannedMilestone(database.db, people.benin, { countryCode: "BJ", countryStepId: togoStep, title: "x", expectedOn: "2027-01-01" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(addPlannedMilestone(database.db, people.benin, { countryCode: "BJ", countryStepId: awareness, title: " ", expectedOn: "2027-01-01" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(editPlannedMilestone(database.db, people.togo, { id, version: 1, title: "x", expectedOn: "2027-01-01" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(withdrawPlannedMilestone(database.db, people.togo, { id, version: 1, reason: "No" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(withdrawPlannedMilestone(database.db, people.benin, { id, version: 1, reason: "" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await fingerprint()).toBe(before);
  });

  it("become actual when a milestone is logged for them, in the same transaction; once only, on their own step", async () => {
    const { id } = await addPlannedMilestone(database.db, people.benin, { countryCode: "BJ", countryStepId: awareness, title: "Press conference", expectedOn: "2027-02-01" });
    const other = await addPlannedMilestone(database.db, people.benin, { countryCode: "BJ", countryStepId: assessment, title: "Other step", expectedOn: "2027-02-01" });
    const logged = await logMilestone(database.db, people.benin, { countryStepId: awareness, countryCode: "BJ", title: "Press conference held", occurredOn: "2025-02-03", plannedMilestoneId: id });
    const [row] = await database.db.select().from(plannedMilestones).where(eq(plannedMilestones.id, id));
    expect(row).toMatchObject({ milestoneId: logged.id, version: 2 });
    expect((await auditOf(id)).at(-1)).toMatchObject({ action: "plannedMilestone.log", after: { logged: true, milestoneId: logged.id } });

    const before = await fingerprint();
    const log = (plannedMilestoneId: string, countryStepId = awareness) =>
      logMilestone(database.db, people.benin, { countryStepId, countryCode: "BJ", title: "Again", occurredOn: "2025-02-04", plannedMilestoneId });
    await expect(log(id)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { plannedMilestoneId: "plans.alreadyLogged" } });
    await expect(log(other.id)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { plannedMilestoneId: "plans.unknownPlannedMilestone" } });
    await expect(log("7b0c3c1e-0000-4000-8000-000000000000")).rejects.toMatchObject({ fieldErrors: { plannedMilestoneId: "plans.unknownPlannedMilestone" } });
    // The milestone itself was not written either: one transaction.
    expect(await fingerprint()).toBe(before);

    // The logged milestone deleted, the planned one may be logged again; a blank link is no link (the form's empty choice).
    await deleteMilestone(database.db, people.benin, { milestoneId: logged.id });
    const again = await log(id);
    expect((await database.db.select().from(plannedMilestones).where(eq(plannedMilestones.id, id)))[0]!.milestoneId).toBe(again.id);
    await expect(logMilestone(database.db, people.benin, { countryStepId: awareness, title: "No plan", occurredOn: "2025-02-05", plannedMilestoneId: "" })).resolves.toMatchObject({
      countryCode: "BJ",
    });
  });
});

describe("baselines", () => {
  it("copy every step plan and live planned milestone in one transaction; names are unique among live baselines", async () => {
    const saved = await saveBaseline(database.db, people.benin, { countryCode: "BJ", name: "Roadmap 2027", note: "As agreed with the ministry" });
    const live = await database.db
      .select({ id: plannedMilestones.id, title: plannedMilestones.title, expectedOn: plannedMilestones.expectedOn })
      .from(plannedMilestones)
      .where(and(eq(plannedMilestones.countryCode, "BJ"), isNull(plannedMilestones.deletedAt)));
    const liveIds = live.map((row) => row.id).sort();
    const steps = await database.db.select().from(planBaselineSteps).where(eq(planBaselineSteps.baselineId, saved.id));
    const copied = await database.db.select().from(planBaselineMilestones).where(eq(planBaselineMilestones.baselineId, saved.id));
    expect(steps.map((row) => [row.countryStepId, row.plannedStart, row.plannedEnd])).toEqual([[awareness, null, "2027-09-30"]]);
    expect(copied.map((row) => row.plannedMilestoneId).sort()).toEqual(liveIds);
    expect(saved).toMatchObject({ steps: 1, milestones: liveIds.length, version: 1 });
    expect((await auditOf(saved.id))[0]).toMatchObject({ action: "planBaseline.save", after: { name: "Roadmap 2027", steps: 1, milestones: liveIds.length } });

    const before = await fingerprint();
    await expect(saveBaseline(database.db, people.beninColleague, { countryCode: "BJ", name: "Roadmap 2027" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { name: "plans.baselineNameTaken" },
    });
    await expect(saveBaseline(database.db, people.togo, { countryCode: "BJ", name: "Togo's view" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveBaseline(database.db, people.coordinator, { countryCode: "ZZ", name: "Nowhere" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await fingerprint()).toBe(before);

    // Withdrawn, its name is free; restored while another live baseline holds it, refused.
    await withdrawBaseline(database.db, people.benin, { id: saved.id, version: 1, reason: "Superseded" });
    await expect(withdrawBaseline(database.db, people.benin, { id: saved.id, version: 2, reason: "Again" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const second = await saveBaseline(database.db, people.benin, { countryCode: "BJ", name: "Roadmap 2027" });
    await expect(restoreBaseline(database.db, people.benin, { id: saved.id, version: 2 })).rejects.toMatchObject({ fieldErrors: { name: "plans.baselineNameTaken" } });
    await expect(restoreBaseline(database.db, people.benin, { id: saved.id, version: 1 })).rejects.toMatchObject({ code: "CONFLICT", current: { kind: "planBaseline", version: 2 } });
    await withdrawBaseline(database.db, people.benin, { id: second.id, version: 1, reason: "Duplicate" });
    expect(await restoreBaseline(database.db, people.coordinator, { id: saved.id, version: 2 })).toMatchObject({ version: 3 });
    expect((await auditOf(saved.id)).map((entry) => entry.action)).toEqual(["planBaseline.save", "planBaseline.withdraw", "planBaseline.restore"]);
  });
});
