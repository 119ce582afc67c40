/**
 * Completeness and timeliness on a real database with a fixed "today" (decision 2010): Benin on time and accepted,
 * Togo late, Burkina Faso returned, Mozambique missing; the same round before its due date is pending for those who
 * have not submitted; timeliness gives each live round's share on time.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { countryReports } from "@/db/schema";
import { createCast, createPerson, useTestDatabase } from "@/lib/testing/database";
import { acceptReport, returnReport } from "./decide-report";
import { getCompleteness, getTimeliness } from "./completeness";
import { openRound } from "./open-round";
import { saveReportNarrative } from "./save-report-narrative";
import { submitReport } from "./submit-report";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  people = await createCast(database);
});

// Due after the day the tests run, so that a submission made now is on time; "today" is then fixed after it.
const round = { name: "Second half 2026", periodStart: "2026-07-01", periodEnd: "2026-12-31", dueOn: "2027-01-31", countryCodes: ["BJ", "TG", "BF", "MZ"] };

describe("a round's completeness", () => {
  it("says who is on time, late, returned or missing on a given day, and what is still pending before the due date", async () => {
    const { db } = database;
    const burkina = await createPerson(database, { role: "working_group_member", countryCode: "BF" });
    const { id: roundId } = await openRound(db, people.coordinator, round);
    const submit = async (member: typeof burkina, countryCode: string) => {
      const { id } = await saveReportNarrative(db, member, { roundId, countryCode, achievements: "Done." });
      await submitReport(db, member, { id, version: 1 });
      return id;
    };
    const benin = await submit(people.benin, "BJ");
    await acceptReport(db, people.reviewer, { id: benin, version: 2 });
    const togo = await submit(people.togo, "TG");
    // Togo's submission came in after the due date.
    await db.update(countryReports).set({ submittedAt: new Date("2027-02-03T09:00:00Z") }).where(eq(countryReports.id, togo));
    const burkinaReport = await submit(burkina, "BF");
    await returnReport(db, people.reviewer, { id: burkinaReport, version: 2, reason: "Add the figures." });

    const after = await getCompleteness(db, people.coordinator, roundId, { today: "2027-02-15" });
    expect(after.countries.map((row) => [row.countryCode, row.state])).toEqual([
      ["BF", "returned"],
      ["BJ", "on_time"],
      ["MZ", "missing"],
      ["TG", "late"],
    ]);
    expect(after.counts).toEqual({ on_time: 1, late: 1, returned: 1, missing: 1, pending: 0 });
    expect(after.shareOnTime).toBe(0.25);

    const before = await getCompleteness(db, people.benin, roundId, { today: "2027-01-31" });
    expect(before.countries.find((row) => row.countryCode === "MZ")!.state).toBe("pending");
    expect(before.counts.pending).toBe(1);

    const timeliness = await getTimeliness(db, people.reviewer, { today: "2027-02-15" });
    expect(timeliness.find((row) => row.roundId === roundId)).toMatchObject({ countries: 4, shareOnTime: 0.25, counts: { on_time: 1, late: 1, returned: 1, missing: 1 } });
  });

  it("gives no share while nothing is due, and refuses a day that is not a date", async () => {
    const { db } = database;
    const { id } = await openRound(db, people.coordinator, { ...round, name: "Not due yet", countryCodes: ["RW"] });
    expect((await getTimeliness(db, people.coordinator, { today: "2027-01-01" })).find((row) => row.roundId === id)).toMatchObject({ shareOnTime: null, counts: { pending: 1 } });
    await expect(getCompleteness(db, people.coordinator, id, { today: "yesterday" })).rejects.toMatchObject({ code: "INVALID" });
  });
});
