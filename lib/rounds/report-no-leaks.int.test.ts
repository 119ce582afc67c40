/**
 * No leaks through a country report (decision 2010): a marker planted in what Benin's working group keeps to itself
 * (a milestone, a national indicator and its value) is searched for in the report drafted live and in the snapshot
 * once submitted and accepted, and in the report's history. A reviewer and an adviser of a supporting agency read the
 * report but never find the marker; Benin's working group and a coordinator do, so each probe can fail.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { logMilestone } from "@/lib/progress/log-milestone";
import { addNationalIndicator } from "@/lib/results/add-indicator";
import { followIndicator } from "@/lib/results/follow-indicator";
import { recordIndicatorValue } from "@/lib/results/record-value";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { agencyIdOf, createCast, stepOf, useTestDatabase } from "@/lib/testing/database";
import { acceptReport } from "./decide-report";
import { getCountryReport } from "./get-country-report";
import { openRound } from "./open-round";
import { getReportHistory } from "./report-history";
import { saveReportNarrative } from "./save-report-narrative";
import { submitReport } from "./submit-report";

const marker = `zqleak${randomBytes(4).toString("hex")}`;
const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createCast>>;
let roundId: string;
let reportId: string;
beforeAll(async () => {
  const { db } = database;
  people = await createCast(database);
  const step = await stepOf(db, "BJ", "awareness");
  await logMilestone(db, people.benin, { countryStepId: step.id, title: "Shared workshop", occurredOn: "2025-02-01", sharingLevel: "all" });
  await logMilestone(db, people.benin, { countryStepId: step.id, title: `Cabinet briefing ${marker}`, occurredOn: "2025-02-02", sharingLevel: "country" });
  const national = await addNationalIndicator(db, people.benin, { countryCode: "BJ", code: "BJ_KEPT", name: { en: `Kept count ${marker}` }, unit: "persons" });
  const followed = await followIndicator(db, people.benin, { countryCode: "BJ", indicatorId: national.id, sharingLevel: "country" });
  await recordIndicatorValue(db, people.benin, { countryIndicatorId: followed.id, period: "2025", value: "1200" });
  // The ILO supports Benin, so its adviser reads Benin's accepted reports.
  await addSupportEntry(db, people.adviser, { countryCode: "BJ", agencyId: await agencyIdOf(db, "ILO"), kind: "technical", technicalCategory: "costing_modelling", title: "Costing model", status: "ongoing" });
  roundId = (await openRound(db, people.coordinator, { name: "H1 2025", periodStart: "2025-01-01", periodEnd: "2025-06-30", dueOn: "2025-07-31", countryCodes: ["BJ"] })).id;
  reportId = (await saveReportNarrative(db, people.benin, { roundId, countryCode: "BJ", achievements: "Two meetings." })).id;
});

const read = async (actor: Actor) => JSON.stringify([await getCountryReport(database.db, actor, roundId, "BJ"), await getReportHistory(database.db, actor, reportId)]);

describe("what Benin keeps to itself, in its report", () => {
  it("stays out of the live draft for a reviewer, and is there for the working group and a coordinator", async () => {
    const reviewer = await getCountryReport(database.db, people.reviewer, roundId, "BJ");
    expect(reviewer.data.milestones.map((row) => row.title)).toEqual(["Shared workshop"]);
    expect(reviewer.data.keptFromReader).toBe(2);
    expect(await read(people.reviewer)).not.toContain(marker);
    expect(await read(people.benin)).toContain(marker);
    expect(await read(people.coordinator)).toContain(marker);
  });

  it("stays out of the snapshot for a reviewer and an adviser once submitted and accepted", async () => {
    await submitReport(database.db, people.benin, { id: reportId, version: 1 });
    expect(await read(people.reviewer)).not.toContain(marker);
    await acceptReport(database.db, people.reviewer, { id: reportId, version: 2 });
    const adviser = await getCountryReport(database.db, people.adviser, roundId, "BJ");
    expect(adviser.frozen).toBe(true);
    expect(adviser.data.milestones.map((row) => row.title)).toEqual(["Shared workshop"]);
    for (const outsider of [people.reviewer, people.adviser]) expect(await read(outsider)).not.toContain(marker);
    for (const insider of [people.benin, people.beninColleague, people.coordinator]) expect(await read(insider)).toContain(marker);
  });
});
