import { asc, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { countrySteps, frameworkSteps, frameworkSubActivities } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { listCountries } from "@/lib/countries/query-countries";
import { samplePdf } from "@/lib/files/sample-files";
import { createPerson, stepOf, upload, useTestDatabase } from "@/lib/testing/database";
import { addNationalStep } from "./add-national-step";
import { changeStepStatus } from "./change-step-status";
import { editNationalStep } from "./edit-national-step";
import { getCountryStep } from "./get-country-step";
import { getCountryTimeline } from "./get-country-timeline";
import { getCountryWorkspace } from "./get-country-workspace";
import { listStepHistory } from "./list-history";
import { logMilestone } from "./log-milestone";
import { markSubActivity } from "./mark-sub-activity";
import { rowCounts } from "./test-helpers";

const database = useTestDatabase();
let member: Actor;
let colleague: Actor;
let outsider: Actor;
let coordinator: Actor;
let reviewer: Actor;

beforeAll(async () => {
  member = await createPerson(database, { role: "working_group_member", countryCode: "MZ", name: "Luísa Machava" });
  colleague = await createPerson(database, { role: "working_group_member", countryCode: "MZ", name: "Armando Cossa" });
  outsider = await createPerson(database, { role: "working_group_member", countryCode: "NP" });
  coordinator = await createPerson(database, { role: "coordinator", name: "Camille Coordinator" });
  reviewer = await createPerson(database, { role: "reviewer" });
});

const status = (countryStepId: string, version: number, to: string, note = "") => ({ countryStepId, version, to, note });

describe("completing and reopening a step", () => {
  it("needs evidence when the framework says so, and a sign-off note; records who signed off and when", async () => {
    const step = await stepOf(database.db, "MZ", "working_group");
    await expect(changeStepStatus(database.db, member, status(step.id, step.version, "completed", "Group installed"))).rejects.toMatchObject({
      code: "INVALID",
      message: "progress.evidenceRequired",
    });
    await expect(changeStepStatus(database.db, member, status(step.id, step.version, "completed"))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { note: "progress.signOffNoteRequired" },
    });
    expect((await stepOf(database.db, "MZ", "working_group")).status).toBe("not_started");

    await logMilestone(database.db, member, {
      countryStepId: step.id,
      title: "Inaugural meeting",
      occurredOn: "2024-05-02",
      files: upload(samplePdf(), "minutes.pdf"),
    });
    await changeStepStatus(database.db, colleague, status(step.id, step.version, "completed", "Group installed by decree"));
    const { step: completed } = await getCountryStep(database.db, reviewer, { countryCode: "MZ", countryStepId: step.id });
    expect(completed).toMatchObject({ status: "completed", signOffNote: "Group installed by decree", signedOffByName: "Armando Cossa", version: 2 });
    expect(Date.now() - completed.signedOffAt!.getTime()).toBeLessThan(60_000);
  });

  it("reopens a completed step only with a reason, and the history keeps the sign-off", async () => {
    const step = await stepOf(database.db, "MZ", "working_group");
    await expect(changeStepStatus(database.db, member, status(step.id, step.version, "reopened"))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { note: "progress.reasonRequired" },
    });
    await changeStepStatus(database.db, member, status(step.id, step.version, "reopened", "The decree was annulled"));
    const { step: reopened } = await getCountryStep(database.db, reviewer, { countryCode: "MZ", countryStepId: step.id });
    expect(reopened).toMatchObject({ status: "in_progress", statusReason: "The decree was annulled", signOffNote: null, signedOffAt: null });

    const { rows: history } = await listStepHistory(database.db, colleague, { countryCode: "MZ", countryStepId: step.id });
    expect(history[0]).toMatchObject({
      action: "step.status",
      actorName: "Luísa Machava",
      changes: expect.arrayContaining([
        { field: "status", before: "completed", after: "in_progress" },
        { field: "signOffNote", before: "Group installed by decree", after: null },
        { field: "statusReason", before: null, after: "The decree was annulled" },
      ]),
    });
    expect(history.map((entry) => entry.action)).toEqual(["step.status", "step.status", "evidence.add", "milestone.log"]);
  });

  it("refuses a save based on an old version, showing the step as it now stands", async () => {
    const step = await stepOf(database.db, "MZ", "awareness");
    await changeStepStatus(database.db, member, status(step.id, step.version, "in_progress"));
    await expect(changeStepStatus(database.db, colleague, status(step.id, step.version, "not_applicable", "Done elsewhere"))).rejects.toMatchObject({
      code: "CONFLICT",
      current: { kind: "step", status: "in_progress", version: step.version + 1, changedBy: "Luísa Machava" },
    });
    expect((await stepOf(database.db, "MZ", "awareness")).status).toBe("in_progress");
  });

  it("is refused to other countries' members and to readers", async () => {
    const step = await stepOf(database.db, "MZ", "policy_options");
    for (const actor of [outsider, reviewer]) {
      await expect(changeStepStatus(database.db, actor, status(step.id, step.version, "in_progress"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(changeStepStatus(database.db, coordinator, status(step.id, step.version, "in_progress"))).resolves.toBeDefined();
  });

  it("marks a step not applicable with a reason, which the countries list no longer counts", async () => {
    const step = await stepOf(database.db, "MZ", "support_needs");
    await expect(changeStepStatus(database.db, member, status(step.id, step.version, "not_applicable"))).rejects.toMatchObject({
      fieldErrors: { note: "progress.reasonRequired" },
    });
    await changeStepStatus(database.db, member, status(step.id, step.version, "not_applicable", "Covered by the national plan"));
    const row = (await listCountries(database.db, reviewer, { locale: "en" })).find((country) => country.code === "MZ");
    expect(row?.stepsApplicable).toBe(7);
    await expect(changeStepStatus(database.db, member, status(step.id, step.version + 1, "completed", "x"))).rejects.toMatchObject({
      message: "progress.reopenFirst",
    });
    await changeStepStatus(database.db, member, status(step.id, step.version + 1, "reopened", "Needs reconsidering"));
    expect((await stepOf(database.db, "MZ", "support_needs")).status).toBe("not_started");
  });
});

describe("the sub-activity checklist", () => {
  it("ticks step 4's sub-activities one by one, and refuses one of another step", async () => {
    const step = await stepOf(database.db, "MZ", "assessment");
    const subActivities = await database.db
      .select({ id: frameworkSubActivities.id })
      .from(frameworkSubActivities)
      .innerJoin(countrySteps, eq(countrySteps.frameworkStepId, frameworkSubActivities.stepId))
      .where(eq(countrySteps.id, step.id))
      .orderBy(asc(frameworkSubActivities.position));
    expect(subActivities).toHaveLength(5);
    await markSubActivity(database.db, member, { countryStepId: step.id, subActivityId: subActivities[0]!.id, done: "true" });
    await markSubActivity(database.db, colleague, { countryStepId: step.id, subActivityId: subActivities[0]!.id, done: "true" });
    await markSubActivity(database.db, colleague, { countryStepId: step.id, subActivityId: subActivities[2]!.id, done: "true" });

    const { steps } = await getCountryWorkspace(database.db, reviewer, "MZ");
    const assessment = steps.find((item) => item.id === step.id)!;
    expect(assessment.subActivitiesDone).toBe(2);
    expect(assessment.checklist.map((item) => [item.done, item.changedByName])).toEqual([
      [true, "Luísa Machava"],
      [false, null],
      [true, "Armando Cossa"],
      [false, null],
      [false, null],
    ]);
    expect(assessment.lastChangeAt).toBeInstanceOf(Date);
    const { rows: history } = await listStepHistory(database.db, reviewer, { countryCode: "MZ", countryStepId: step.id });
    expect(history).toHaveLength(2); // ticking a box already ticked changes nothing

    const otherStep = await stepOf(database.db, "MZ", "stakeholders");
    await expect(markSubActivity(database.db, member, { countryStepId: otherStep.id, subActivityId: subActivities[1]!.id, done: "true" })).rejects.toMatchObject({
      code: "INVALID",
      message: "progress.unknownSubActivity",
    });
    await expect(markSubActivity(database.db, outsider, { countryStepId: step.id, subActivityId: subActivities[1]!.id, done: "true" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("tailoring the framework for a country", () => {
  it("adds national steps between existing ones, renumbering when no gap is left, without touching the framework", async () => {
    const frameworkBefore = (await database.db.select({ total: count() }).from(frameworkSteps))[0]!.total;
    const second = await stepOf(database.db, "MZ", "working_group");
    const third = await stepOf(database.db, "MZ", "awareness");
    const titles = ["Consult the provinces", "Validate with parliament", "Hear the social partners", "Publish the roadmap"];
    for (const title of titles) await addNationalStep(database.db, member, { countryCode: "mz", afterStepId: second.id, title });

    const { steps } = await getCountryWorkspace(database.db, reviewer, "MZ");
    const order = steps.map((step) => (typeof step.title === "string" ? step.title : step.key));
    expect(order.slice(0, 7)).toEqual(["stakeholders", "working_group", ...[...titles].reverse(), "awareness"]);
    expect(steps.find((step) => step.id === third.id)?.number).toBe(7);
    expect((await database.db.select({ total: count() }).from(frameworkSteps))[0]!.total).toBe(frameworkBefore);
    // The framework steps kept their rows, so their history stays attached.
    expect((await stepOf(database.db, "MZ", "working_group")).id).toBe(second.id);
    expect((await listStepHistory(database.db, reviewer, { countryCode: "MZ", countryStepId: second.id })).rows).not.toHaveLength(0);

    await addNationalStep(database.db, coordinator, { countryCode: "MZ", afterStepId: "", title: "Agree the terms of reference" });
    expect((await getCountryWorkspace(database.db, reviewer, "MZ")).steps[0]?.title).toBe("Agree the terms of reference");
  });

  it("refuses an unknown position, another country's members and an empty title, adding nothing", async () => {
    const before = await rowCounts(database.db);
    const togoStep = await stepOf(database.db, "TG", "awareness");
    await expect(addNationalStep(database.db, member, { countryCode: "MZ", afterStepId: togoStep.id, title: "X" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { afterStepId: "progress.unknownStep" },
    });
    await expect(addNationalStep(database.db, outsider, { countryCode: "MZ", title: "X" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addNationalStep(database.db, member, { countryCode: "MZ", title: " " })).rejects.toMatchObject({
      fieldErrors: { title: "validation.required" },
    });
    await expect(addNationalStep(database.db, member, { countryCode: "ZZ", title: "X" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it("rewords a national step with a version check, and never a framework step", async () => {
    const { id } = await addNationalStep(database.db, member, { countryCode: "MZ", title: "Pilot in two provinces" });
    await editNationalStep(database.db, member, { countryStepId: id, version: 1, title: "Pilot in three provinces" });
    await expect(editNationalStep(database.db, colleague, { countryStepId: id, version: 1, title: "Pilot in one province" })).rejects.toMatchObject({
      code: "CONFLICT",
      current: { kind: "nationalStep", title: "Pilot in three provinces", changedBy: "Luísa Machava" },
    });
    const framework = await stepOf(database.db, "MZ", "monitoring");
    await expect(editNationalStep(database.db, member, { countryStepId: framework.id, version: framework.version, title: "Mine" })).rejects.toMatchObject({
      message: "progress.frameworkStepWording",
    });
  });
});

describe("the country timeline", () => {
  it("lists milestones on the day they happened, status changes and evidence, newest first", async () => {
    const step = await stepOf(database.db, "MZ", "costing_financing");
    await logMilestone(database.db, member, { countryStepId: step.id, title: "Costing workshop", occurredOn: "2020-01-10" });
    await logMilestone(database.db, member, {
      countryStepId: step.id,
      title: "Fiscal space study",
      occurredOn: "2020-02-20",
      links: [{ url: "https://example.org/study", title: "The study" }],
      statusChange: "in_progress",
      stepVersion: step.version,
    });
    const { entries } = await getCountryTimeline(database.db, colleague, "mz");
    const mine = entries.filter((entry) => entry.stepId === step.id);
    expect(mine.map((entry) => [entry.kind, entry.date.slice(0, 4)])).toEqual([
      ["status", String(new Date().getUTCFullYear())],
      ["evidence", String(new Date().getUTCFullYear())],
      ["milestone", "2020"],
      ["milestone", "2020"],
    ]);
    expect(mine[0]).toMatchObject({ kind: "status", from: "not_started", to: "in_progress", who: "Luísa Machava" });
    expect(mine.filter((entry) => entry.kind === "milestone").map((entry) => (entry.kind === "milestone" ? entry.title : ""))).toEqual([
      "Fiscal space study",
      "Costing workshop",
    ]);
    await expect(getCountryTimeline(database.db, reviewer, "ZZ")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
