/**
 * The plan page's one form on a real database: every step's dates saved together, each row under its own version; a
 * row refused (an end before its start, a version saved meanwhile, another country's step) leaves the whole plan as
 * it was and names the row's field as the form does. Withdrawn planned milestones are listed for restoring.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { databaseFingerprint } from "@/db/fingerprint";
import { createCast, stepOf, useTestDatabase } from "@/lib/testing/database";
import { addPlannedMilestone } from "./add-planned-milestone";
import { getCountryPlan } from "./get-country-plan";
import { listWithdrawnPlannedMilestones } from "./list-withdrawn-planned-milestones";
import { setStepPlans } from "./set-step-plans";
import { withdrawPlannedMilestone } from "./withdraw-planned-milestone";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createCast>>;
let stakeholders: string, workingGroup: string, togoStep: string;
beforeAll(async () => {
  people = await createCast(database);
  stakeholders = (await stepOf(database.db, "BJ", "stakeholders")).id;
  workingGroup = (await stepOf(database.db, "BJ", "working_group")).id;
  togoStep = (await stepOf(database.db, "TG", "awareness")).id;
});

const fingerprint = () => databaseFingerprint(database.db);
const datesOf = async (countryStepId: string) => {
  const step = (await getCountryPlan(database.db, people.benin, "BJ")).steps.find((one) => one.countryStepId === countryStepId)!;
  return { version: step.planVersion, plannedStart: step.plannedStart, plannedEnd: step.plannedEnd };
};

describe("every step's dates in one form", () => {
  it("saves each row under its version, leaves an unchanged row alone", async () => {
    const saved = await setStepPlans(database.db, people.benin, {
      countryCode: "BJ",
      steps: [
        { countryStepId: stakeholders, version: "0", plannedStart: "2027-01-01", plannedEnd: "2027-02-28" },
        { countryStepId: workingGroup, version: "0", plannedStart: "", plannedEnd: "" },
      ],
    });
    expect(saved.countryCode).toBe("BJ");
    expect(saved.steps.map((step) => step.version)).toEqual([1, 0]);
    expect(await datesOf(stakeholders)).toEqual({ version: 1, plannedStart: "2027-01-01", plannedEnd: "2027-02-28" });
    expect(await datesOf(workingGroup)).toEqual({ version: 0, plannedStart: null, plannedEnd: null });
  });

  it("refuses the whole form for one row's end before its start, naming that row's field", async () => {
    const before = await fingerprint();
    await expect(
      setStepPlans(database.db, people.benin, {
        countryCode: "BJ",
        steps: [
          { countryStepId: stakeholders, version: "1", plannedStart: "2027-01-01", plannedEnd: "2027-03-31" },
          { countryStepId: workingGroup, version: "0", plannedStart: "2027-05-01", plannedEnd: "2027-04-01" },
        ],
      }),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { "steps.1.plannedEnd": "plans.endBeforeStart" } });
    expect(await fingerprint()).toBe(before);
  });

  it("refuses the whole form when a row was saved meanwhile, carrying that step as it stands", async () => {
    const before = await fingerprint();
    await expect(
      setStepPlans(database.db, people.beninColleague, {
        countryCode: "BJ",
        steps: [
          { countryStepId: workingGroup, version: "0", plannedStart: "2027-03-01", plannedEnd: "2027-06-30" },
          { countryStepId: stakeholders, version: "0", plannedStart: "2027-01-01", plannedEnd: "2027-01-31" },
        ],
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", current: { kind: "stepPlan", countryStepId: stakeholders, version: 1, plannedEnd: "2027-02-28" } });
    expect(await fingerprint()).toBe(before);
  });

  it("refuses another country's step, another country's member and a reader", async () => {
    const before = await fingerprint();
    await expect(
      setStepPlans(database.db, people.benin, { countryCode: "BJ", steps: [{ countryStepId: togoStep, version: "0", plannedStart: "", plannedEnd: "2027-01-31" }] }),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { "steps.0.countryStepId": "progress.unknownStep" } });
    await expect(
      setStepPlans(database.db, people.togo, { countryCode: "BJ", steps: [{ countryStepId: stakeholders, version: "1", plannedStart: "", plannedEnd: "2027-01-31" }] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      setStepPlans(database.db, people.reviewer, { countryCode: "BJ", steps: [{ countryStepId: stakeholders, version: "1", plannedStart: "", plannedEnd: "2027-01-31" }] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setStepPlans(database.db, people.benin, { countryCode: "BJ", steps: [] })).rejects.toMatchObject({ code: "INVALID" });
    expect(await fingerprint()).toBe(before);
  });
});

describe("withdrawn planned milestones", () => {
  it("are listed with their step, reason and version, by the sharing rule", async () => {
    const kept = await addPlannedMilestone(database.db, people.benin, { countryCode: "BJ", countryStepId: stakeholders, title: "Stakeholder map agreed", expectedOn: "2027-02-15" });
    await withdrawPlannedMilestone(database.db, people.benin, { id: kept.id, version: kept.version, reason: "Merged with the workshop" });
    const listed = await listWithdrawnPlannedMilestones(database.db, people.benin, "BJ");
    expect(listed).toEqual([
      expect.objectContaining({ id: kept.id, version: kept.version + 1, title: "Stakeholder map agreed", countryStepId: stakeholders, expectedOn: "2027-02-15", reason: "Merged with the workshop" }),
    ]);
    expect(listed[0]!.withdrawnAt).toBeInstanceOf(Date);
    // Kept to Benin's group: another country's member does not see it.
    expect(await listWithdrawnPlannedMilestones(database.db, people.togo, "BJ")).toEqual([]);
  });
});
