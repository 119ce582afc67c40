/**
 * Plans through the sharing rule: a marker planted in what Thailand's working group keeps to itself (a planned
 * milestone's title and description, kept in a baseline too, and a milestone logged for a shared planned one) is
 * searched for in every plan read. Outsiders (another country's member, a reviewer, an adviser) never find it;
 * insiders (the country's group, a coordinator) do, so each probe can fail.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { logMilestone } from "@/lib/progress/log-milestone";
import { createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { addPlannedMilestone } from "./add-planned-milestone";
import { editPlannedMilestone } from "./edit-planned-milestone";
import { getCountryPlan } from "./get-country-plan";
import { listBaselines } from "./list-baselines";
import { getPlanHistory } from "./plan-history";
import { saveBaseline } from "./save-baseline";
import { setStepPlan } from "./set-step-plan";

const marker = `zqleak${randomBytes(4).toString("hex")}`;
const today = "2027-06-15";
const database = useTestDatabase();
let thai: Actor, thaiColleague: Actor, coordinator: Actor, mozambique: Actor, reviewer: Actor, adviser: Actor;
let baselineId: string, sharedId: string, keptLoggedId: string;

beforeAll(async () => {
  const { db } = database;
  thai = await createPerson(database, { role: "working_group_member", countryCode: "TH" });
  thaiColleague = await createPerson(database, { role: "working_group_member", countryCode: "TH" });
  coordinator = await createPerson(database, { role: "coordinator" });
  mozambique = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
  reviewer = await createPerson(database, { role: "reviewer" });
  adviser = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
  const step = await stepOf(db, "TH", "costing_financing");
  await setStepPlan(db, thai, { countryStepId: step.id, version: 0, plannedStart: "2027-01-01", plannedEnd: "2027-12-31" });

  // Kept to the country (the default), and edited so that its history names the marker in before and after.
  const kept = await addPlannedMilestone(db, thai, { countryCode: "TH", countryStepId: step.id, title: `Budget hearing ${marker}`, description: `Ask ${marker}`, expectedOn: "2027-03-01" });
  await editPlannedMilestone(db, thai, { id: kept.id, version: 1, title: `Budget hearing ${marker} (Senate)`, description: `Ask ${marker}`, expectedOn: "2027-03-15" });
  // Shared with all; the milestone logged for it is kept to the country and names the marker.
  const shared = await addPlannedMilestone(db, thai, { countryCode: "TH", countryStepId: step.id, title: "Costing validated", expectedOn: "2027-05-01", sharingLevel: "all" });
  sharedId = shared.id;
  keptLoggedId = (await logMilestone(db, thai, { countryStepId: step.id, title: `Validation ${marker}`, occurredOn: "2025-05-02", plannedMilestoneId: shared.id })).id;
  baselineId = (await saveBaseline(db, thai, { countryCode: "TH", name: "Plan of record" })).id;
});

/** Every plan read a person may make of Thailand, as one text to search. */
async function everyPlanRead(actor: Actor): Promise<string> {
  const reads = await Promise.all([
    getCountryPlan(database.db, actor, "TH", { today }),
    getCountryPlan(database.db, actor, "TH", { today, baselineId }),
    listBaselines(database.db, actor, "TH"),
    getPlanHistory(database.db, actor, { countryCode: "TH" }),
  ]);
  return JSON.stringify(reads);
}

describe("the plan's reads keep a country's planned milestones to those the sharing rule lets read them", () => {
  for (const [name, actor] of [["another country's member", () => mozambique], ["a reviewer", () => reviewer], ["an adviser", () => adviser]] as const) {
    it(`${name} never finds the marker, and sees the shared planned milestone as logged without the kept milestone`, async () => {
      const text = await everyPlanRead(actor());
      expect(text).not.toContain(marker);
      const { steps } = await getCountryPlan(database.db, actor(), "TH", { today, baselineId });
      const planned = steps.flatMap((step) => step.plannedMilestones);
      expect(planned.map((row) => row.id)).toEqual([sharedId]);
      expect(planned[0]).toMatchObject({ logged: true, late: false, loggedOn: null, milestoneId: null, baselineExpectedOn: "2027-05-01" });
      expect(text).not.toContain(keptLoggedId);
    });
  }

  for (const [name, actor] of [["the country's member", () => thaiColleague], ["a coordinator", () => coordinator]] as const) {
    it(`${name} finds it in the plan, the baseline comparison and the history`, async () => {
      const { steps } = await getCountryPlan(database.db, actor(), "TH", { today, baselineId });
      const planned = steps.flatMap((step) => step.plannedMilestones);
      expect(planned.map((row) => row.title)).toEqual([`Budget hearing ${marker} (Senate)`, "Costing validated"]);
      expect(planned[0]).toMatchObject({ late: true, baselineTitle: `Budget hearing ${marker} (Senate)`, baselineExpectedOn: "2027-03-15" });
      expect(planned[1]).toMatchObject({ logged: true, loggedOn: "2025-05-02", milestoneId: keptLoggedId });
      const history = await getPlanHistory(database.db, actor(), { countryCode: "TH" });
      expect(history.rows.filter((entry) => JSON.stringify(entry).includes(marker)).map((entry) => entry.action)).toEqual(["plannedMilestone.edit", "plannedMilestone.add"]);
    });
  }
});
