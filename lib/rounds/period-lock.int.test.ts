/**
 * The period lock on a real database (decision 2010): once Benin's report is accepted, a milestone dated in its
 * period cannot be logged, edited (from or to such a date), deleted or restored, nor a support transaction recorded
 * or withdrawn there; a coordinator reopens the period with a reason, the edit goes through, and the lock returns
 * with the next acceptance. Other countries, other dates and withdrawn rounds are not locked.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { deleteMilestone } from "@/lib/progress/delete-milestone";
import { editMilestone } from "@/lib/progress/edit-milestone";
import { logMilestone } from "@/lib/progress/log-milestone";
import { restoreMilestone } from "@/lib/progress/restore-milestone";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { addSupportTransaction } from "@/lib/support/add-support-transaction";
import { withdrawSupportTransaction } from "@/lib/support/withdraw-support-transaction";
import { agencyIdOf, createCast, stepOf, useTestDatabase } from "@/lib/testing/database";
import { acceptReport } from "./decide-report";
import { getCountryReport } from "./get-country-report";
import { getReportHistory } from "./report-history";
import { openRound } from "./open-round";
import { reopenReportPeriod } from "./reopen-report-period";
import { restoreRound } from "./restore-round";
import { saveReportNarrative } from "./save-report-narrative";
import { submitReport } from "./submit-report";
import { withdrawRound } from "./withdraw-round";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createCast>>;
let stepId: string;
beforeAll(async () => {
  people = await createCast(database);
  stepId = (await stepOf(database.db, "BJ", "awareness")).id;
});

const milestone = (title: string, occurredOn: string) => ({ countryStepId: stepId, title, occurredOn, sharingLevel: "all" });

async function lockedBy(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError) || error.code !== "CONFLICT") throw new Error(`expected the period lock, got ${String(error)}`);
  return error.message;
}

describe("an accepted report's period", () => {
  it("locks what it reports until a coordinator reopens it, and again once re-accepted", async () => {
    const { db } = database;
    const inside = await logMilestone(db, people.benin, milestone("Validation workshop", "2025-02-14"));
    const outside = await logMilestone(db, people.benin, milestone("Later workshop", "2025-09-01"));
    const ilo = await agencyIdOf(db, "ILO");
    const entry = await addSupportEntry(db, people.adviser, { countryCode: "BJ", agencyId: ilo, kind: "financial", title: "Workshop grant", status: "ongoing", amount: "9000", currency: "USD" });
    const paid = await addSupportTransaction(db, people.adviser, { supportEntryId: entry.id, type: "committed", amount: "9000", occurredOn: "2025-03-01" });

    const round = await openRound(db, people.coordinator, { name: "Q1 2025", periodStart: "2025-01-01", periodEnd: "2025-03-31", dueOn: "2025-04-30", countryCodes: ["BJ", "TG"] });
    const { id } = await saveReportNarrative(db, people.benin, { roundId: round.id, countryCode: "BJ", achievements: "Validated." });
    await submitReport(db, people.benin, { id, version: 1 });
    // Submitted but not accepted: the working group may still correct its records.
    await editMilestone(db, people.benin, { milestoneId: inside.id, version: 1, title: "Validation workshop (national)", occurredOn: "2025-02-14", description: "" });
    await acceptReport(db, people.reviewer, { id, version: 2 });

    const message = await lockedBy(editMilestone(db, people.benin, { milestoneId: inside.id, version: 2, title: "Renamed", occurredOn: "2025-02-14", description: "" }));
    expect(message).toBe("rounds.periodLocked?round=Q1+2025&start=2025-01-01&end=2025-03-31");
    // A coordinator is held by the lock too: reopening is the way, and it leaves a reason.
    await lockedBy(editMilestone(db, people.coordinator, { milestoneId: inside.id, version: 2, title: "Renamed", occurredOn: "2025-02-14", description: "" }));
    await lockedBy(editMilestone(db, people.benin, { milestoneId: outside.id, version: 1, title: "Later workshop", occurredOn: "2025-03-31", description: "" }));
    await lockedBy(editMilestone(db, people.benin, { milestoneId: inside.id, version: 2, title: "Moved", occurredOn: "2025-05-01", description: "" }));
    await lockedBy(logMilestone(db, people.benin, milestone("Forgotten meeting", "2025-01-01")));
    await lockedBy(deleteMilestone(db, people.benin, { milestoneId: inside.id }));
    await lockedBy(addSupportTransaction(db, people.adviser, { supportEntryId: entry.id, type: "disbursed", amount: "100", occurredOn: "2025-03-15" }));
    await lockedBy(withdrawSupportTransaction(db, people.adviser, { id: paid.id }));
    // Outside the period, and in another country, nothing is locked.
    await editMilestone(db, people.benin, { milestoneId: outside.id, version: 1, title: "Later workshop (regional)", occurredOn: "2025-09-02", description: "" });
    await addSupportTransaction(db, people.adviser, { supportEntryId: entry.id, type: "disbursed", amount: "100", occurredOn: "2025-04-01" });
    await logMilestone(db, people.togo, { countryStepId: (await stepOf(db, "TG", "awareness")).id, title: "Togo's workshop", occurredOn: "2025-02-14", sharingLevel: "all" });

    await expect(reopenReportPeriod(db, people.reviewer, { id, version: 3, reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await reopenReportPeriod(db, people.coordinator, { id, version: 3, reason: "The workshop's date was wrong." });
    await editMilestone(db, people.benin, { milestoneId: inside.id, version: 2, title: "Validation workshop (national)", occurredOn: "2025-02-13", description: "" });
    expect((await getCountryReport(db, people.benin, round.id, "BJ")).may.write).toBe(true);

    await submitReport(db, people.benin, { id, version: 4 });
    await acceptReport(db, people.coordinator, { id, version: 5 });
    await lockedBy(editMilestone(db, people.benin, { milestoneId: inside.id, version: 3, title: "Again", occurredOn: "2025-02-13", description: "" }));
    const history = await getReportHistory(db, people.benin, id);
    expect(history.find((entry) => entry.action === "report.reopen")).toMatchObject({ after: { status: "reopened", reason: "The workshop's date was wrong." } });

    // A withdrawn round locks nothing; restored, it locks again.
    await withdrawRound(db, people.coordinator, { id: round.id, version: 1, reason: "Opened in error" });
    const deleted = await deleteMilestone(db, people.benin, { milestoneId: inside.id });
    await restoreRound(db, people.coordinator, { id: round.id, version: 2 });
    await lockedBy(restoreMilestone(db, people.benin, { milestoneId: deleted.id }));
  });
});
