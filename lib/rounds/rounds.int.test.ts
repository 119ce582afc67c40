/**
 * Reporting rounds on a real database (decision 2010): a coordinator opens a round; Benin's working group writes its
 * report drafted from the period's data and submits it (the snapshot frozen); a reviewer returns it, then accepts
 * the resubmission; each step audited, versioned and notified. Refusals: bad rounds, another country's member.
 */
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, notifications, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { changeStepStatus } from "@/lib/progress/change-step-status";
import { editMilestone } from "@/lib/progress/edit-milestone";
import { logMilestone } from "@/lib/progress/log-milestone";
import { recordIndicatorValue } from "@/lib/results/record-value";
import { follow } from "@/lib/results/test-helpers";
import { addNeed } from "@/lib/support/add-need";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { addSupportTransaction } from "@/lib/support/add-support-transaction";
import { agencyIdOf, createCast, stepOf, useTestDatabase } from "@/lib/testing/database";
import { acceptReport, returnReport } from "./decide-report";
import { editRound } from "./edit-round";
import { getCountryReport } from "./get-country-report";
import { getRound } from "./get-round";
import { listRounds } from "./list-rounds";
import { openRound } from "./open-round";
import { getReportHistory } from "./report-history";
import { restoreRound } from "./restore-round";
import { saveReportNarrative } from "./save-report-narrative";
import { submitReport } from "./submit-report";
import { withdrawRound } from "./withdraw-round";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  people = await createCast(database);
});

const firstHalf = { name: "First half 2025", periodStart: "2025-01-01", periodEnd: "2025-06-30", dueOn: "2025-07-31", reminderDaysBefore: 7, countryCodes: ["BJ", "TG"] };

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("a round a coordinator opens", () => {
  it("needs a period, a due date not before it, a reminder of 0 to 90 days and known countries; only a coordinator opens it", async () => {
    const { db } = database;
    expect((await refusal(openRound(db, people.coordinator, { ...firstHalf, dueOn: "2024-12-31" }))).fieldErrors).toHaveProperty("dueOn");
    expect((await refusal(openRound(db, people.coordinator, { ...firstHalf, periodEnd: "2024-12-31" }))).fieldErrors).toHaveProperty("periodEnd");
    expect((await refusal(openRound(db, people.coordinator, { ...firstHalf, reminderDaysBefore: 91 }))).fieldErrors).toHaveProperty("reminderDaysBefore");
    expect((await refusal(openRound(db, people.coordinator, { ...firstHalf, countryCodes: [] }))).fieldErrors).toHaveProperty("countryCodes");
    expect((await refusal(openRound(db, people.coordinator, { ...firstHalf, countryCodes: ["BJ", "ZZ"] }))).fieldErrors).toEqual({ countryCodes: "validation.countryCodeUnknown" });
    expect((await refusal(openRound(db, people.benin, firstHalf))).code).toBe("FORBIDDEN");
    expect((await refusal(openRound(db, people.reviewer, firstHalf))).code).toBe("FORBIDDEN");
  });

  it("is edited under its version, withdrawn with a reason and restored, each in its history", async () => {
    const { db } = database;
    const round = await openRound(db, people.coordinator, { ...firstHalf, name: "Draft round" });
    const edited = await editRound(db, people.coordinator, { ...firstHalf, id: round.id, version: 1, name: "Renamed round", countryCodes: ["BJ", "TG", "BF"] });
    expect(edited.version).toBe(2);
    expect((await refusal(editRound(db, people.coordinator, { ...firstHalf, id: round.id, version: 1 }))).current).toMatchObject({ name: "Renamed round", countryCodes: ["BF", "BJ", "TG"] });
    await withdrawRound(db, people.coordinator, { id: round.id, version: 2, reason: "Opened twice" });
    expect((await listRounds(db, people.benin)).map((row) => row.id)).not.toContain(round.id);
    expect((await listRounds(db, people.coordinator, { withdrawn: true })).map((row) => row.id)).toContain(round.id);
    expect((await refusal(getRound(db, people.benin, round.id))).code).toBe("NOT_FOUND");
    await restoreRound(db, people.coordinator, { id: round.id, version: 3 });
    expect((await listRounds(db, people.benin)).find((row) => row.id === round.id)).toMatchObject({ name: "Renamed round", countries: 3, submitted: 0 });
    const history = await db.select().from(auditLog).where(eq(auditLog.entityId, round.id)).orderBy(asc(auditLog.id));
    expect(history.map((entry) => entry.action)).toEqual(["round.open", "round.edit", "round.withdraw", "round.restore"]);
    expect(history[1]!.after).toEqual({ name: "Renamed round", countryCodes: ["BF", "BJ", "TG"] });
  });
});

describe("Benin's report through the workflow", () => {
  it("is drafted from the period, written, submitted (frozen), returned with a reason, resubmitted and accepted", async () => {
    const { db } = database;
    const round = await openRound(db, people.coordinator, firstHalf);
    const step = await stepOf(db, "BJ", "awareness");
    await logMilestone(db, people.benin, { countryStepId: step.id, title: "Launch workshop", occurredOn: "2025-03-10", sharingLevel: "all" });
    await logMilestone(db, people.benin, { countryStepId: step.id, title: "Before the period", occurredOn: "2024-12-31", sharingLevel: "all" });
    const ilo = await agencyIdOf(db, "ILO");
    const entry = await addSupportEntry(db, people.adviser, { countryCode: "BJ", agencyId: ilo, kind: "financial", title: "Awareness grant", status: "ongoing", amount: "50000", currency: "USD" });
    await addSupportTransaction(db, people.adviser, { supportEntryId: entry.id, type: "committed", amount: "50000", occurredOn: "2025-02-01" });
    await addSupportTransaction(db, people.adviser, { supportEntryId: entry.id, type: "disbursed", amount: "10000", occurredOn: "2025-08-01" });
    const coverage = await follow(database, people.benin, "BJ", "SI_COV_BENFTS", { sharingLevel: "all" });
    await recordIndicatorValue(db, people.benin, { countryIndicatorId: coverage, period: "2025", value: "21.5", source: "INSAE" });
    await recordIndicatorValue(db, people.benin, { countryIndicatorId: coverage, period: "2023", value: "18", source: "INSAE" });

    // Nothing saved yet: the working group reads the draft the period gives.
    const fresh = await getCountryReport(db, people.benin, round.id, "BJ");
    expect(fresh.report).toBeNull();
    expect(fresh.data.milestones.map((row) => row.title)).toEqual(["Launch workshop"]);
    expect(fresh.data.transactions.map((row) => [row.type, row.amount, row.occurredOn])).toEqual([["committed", "50000", "2025-02-01"]]);
    expect(fresh.data.indicatorValues.map((row) => [row.code, row.period, row.value])).toEqual([["SI_COV_BENFTS", "2025", "21.5"]]);
    expect(fresh.may.write).toBe(true);

    const created = await saveReportNarrative(db, people.benin, { roundId: round.id, countryCode: "BJ", achievements: "A first workshop." });
    expect(created.version).toBe(1);
    const saved = await saveReportNarrative(db, people.benin, { roundId: round.id, countryCode: "BJ", version: 1, achievements: "A first workshop.", difficulties: "Few data." });
    expect(saved.version).toBe(2);
    expect((await refusal(saveReportNarrative(db, people.beninColleague, { roundId: round.id, countryCode: "BJ", version: 1, achievements: "Stale" }))).current).toMatchObject({ difficulties: "Few data.", version: 2 });

    await submitReport(db, people.benin, { id: created.id, version: 2 });
    expect((await refusal(saveReportNarrative(db, people.benin, { roundId: round.id, countryCode: "BJ", version: 3, achievements: "Late change" }))).message).toBe("rounds.rules.notWritable");

    // Frozen: a milestone logged or corrected afterwards does not change what was submitted.
    const later = await logMilestone(db, people.benin, { countryStepId: step.id, title: "After submission", occurredOn: "2025-04-01", sharingLevel: "all" });
    await editMilestone(db, people.benin, { milestoneId: later.id, version: 1, title: "After submission, corrected", occurredOn: "2025-04-02", description: "" });
    const submitted = await getCountryReport(db, people.reviewer, round.id, "BJ");
    expect(submitted).toMatchObject({ status: "submitted", frozen: true, may: { review: true, write: false } });
    expect(submitted.data.milestones.map((row) => row.title)).toEqual(["Launch workshop"]);
    expect(submitted.report).toMatchObject({ achievements: "A first workshop.", difficulties: "Few data.", locale: "en" });

    expect((await refusal(returnReport(db, people.reviewer, { id: created.id, version: 3, reason: "" }))).fieldErrors).toHaveProperty("reason");
    expect((await refusal(returnReport(db, people.benin, { id: created.id, version: 3, reason: "Self-review" }))).code).toBe("FORBIDDEN");
    await returnReport(db, people.reviewer, { id: created.id, version: 3, reason: "Say what the grant paid for." });
    const returned = await getCountryReport(db, people.benin, round.id, "BJ");
    expect(returned).toMatchObject({ status: "returned", frozen: false, report: { returnReason: "Say what the grant paid for." } });
    expect(returned.data.milestones.map((row) => row.title)).toEqual(["Launch workshop", "After submission, corrected"]);

    await saveReportNarrative(db, people.benin, { roundId: round.id, countryCode: "BJ", version: 4, achievements: "A first workshop, paid by the ILO grant.", difficulties: "Few data." });
    await submitReport(db, people.benin, { id: created.id, version: 5 });
    expect((await refusal(submitReport(db, people.benin, { id: created.id, version: 6 }))).message).toBe("rounds.rules.notSubmittable");
    await acceptReport(db, people.reviewer, { id: created.id, version: 6 });
    expect((await refusal(acceptReport(db, people.reviewer, { id: created.id, version: 7 }))).message).toBe("rounds.rules.notSubmitted");

    const notices = await db.select().from(notifications).where(and(eq(notifications.kind, "report_decision"), eq(notifications.countryCode, "BJ")));
    expect(notices.map((row) => [row.params.decision, row.userId]).sort()).toEqual(
      [
        ["accepted", people.benin.userId],
        ["accepted", people.beninColleague.userId],
        ["returned", people.benin.userId],
        ["returned", people.beninColleague.userId],
      ].sort(),
    );
    expect(notices[0]!.link).toBe(`/countries/BJ/reports/${round.id}`);

    const history = await getReportHistory(db, people.coordinator, created.id);
    expect(history.map((entry) => entry.action).reverse()).toEqual([
      "report.create",
      "report.narrative",
      "report.submit",
      "report.return",
      "report.narrative",
      "report.submit",
      "report.accept",
    ]);
    const summary = (await getRound(db, people.togo, round.id)).countries.find((row) => row.countryCode === "BJ");
    expect(summary).toMatchObject({ status: "accepted", version: 7 });
    expect(summary!.submittedAt).toBeInstanceOf(Date);
    expect((await listRounds(db, people.reviewer)).find((row) => row.id === round.id)).toMatchObject({ countries: 2, submitted: 1, accepted: 1, returned: 0 });
  });

  it("is kept from another country's member, and read by an adviser of a supporting agency only once accepted", async () => {
    const { db } = database;
    const round = await openRound(db, people.coordinator, { ...firstHalf, name: "Readers' round" });
    const { id } = await saveReportNarrative(db, people.benin, { roundId: round.id, countryCode: "BJ", achievements: "Ours." });
    expect((await refusal(getCountryReport(db, people.togo, round.id, "BJ"))).code).toBe("FORBIDDEN");
    expect((await refusal(saveReportNarrative(db, people.togo, { roundId: round.id, countryCode: "BJ", version: 1, achievements: "Theirs." }))).code).toBe("FORBIDDEN");
    expect((await refusal(submitReport(db, people.togo, { id, version: 1 }))).code).toBe("FORBIDDEN");
    expect((await refusal(getReportHistory(db, people.togo, id))).code).toBe("FORBIDDEN");
    expect((await refusal(getCountryReport(db, people.adviser, round.id, "BJ"))).code).toBe("FORBIDDEN");
    await submitReport(db, people.benin, { id, version: 1 });
    await acceptReport(db, people.coordinator, { id, version: 2 });
    // The ILO supports Benin (the grant above): its adviser reads the accepted report.
    expect((await getCountryReport(db, people.adviser, round.id, "BJ")).report).toMatchObject({ achievements: "Ours.", status: "accepted" });
  });

  it("records a report's first save in its writer's language, needs the round to ask the country, and draws what was recorded during the period", async () => {
    const { db } = database;
    // A period running now: needs opened and status changes are dated by when they were recorded.
    const round = await openRound(db, people.coordinator, { ...firstHalf, name: "This year", periodStart: "2026-01-01", periodEnd: "2026-12-31", dueOn: "2027-01-31", countryCodes: ["TG"] });
    expect((await refusal(saveReportNarrative(db, people.benin, { roundId: round.id, countryCode: "BJ", achievements: "x" }))).code).toBe("NOT_FOUND");
    await db.update(users).set({ locale: "fr" }).where(eq(users.id, people.togo.userId));
    await saveReportNarrative(db, { ...people.togo, locale: "fr" }, { roundId: round.id, countryCode: "TG", achievements: "Un atelier." });
    const step = await stepOf(db, "TG", "awareness");
    await addNeed(db, people.togo, { countryCode: "TG", countryStepId: step.id, kind: "technical", technicalCategory: "costing_modelling", description: "A costing model", priority: "high" });
    await changeStepStatus(db, people.togo, { countryStepId: step.id, version: step.version, to: "in_progress" });
    const report = await getCountryReport(db, people.togo, round.id, "TG");
    expect(report.report).toMatchObject({ locale: "fr", achievements: "Un atelier." });
    expect(report.data.needsOpened.map((row) => row.description)).toEqual(["A costing model"]);
    expect(report.data.statusChanges.map((row) => [row.countryStepId, row.to])).toEqual([[step.id, "in_progress"]]);
  });
});
