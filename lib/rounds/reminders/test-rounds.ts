/**
 * Rounds and reports for the reminders' tests, written straight into the tables: the reminders read only the
 * schema, and these tests judge them alone, whatever the rounds' writes (lib/rounds/) require of their input.
 */
import { randomUUID } from "node:crypto";
import { isNull } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countryReports, reportingRoundCountries, reportingRounds } from "@/db/schema";
import type { CountryReportStatus } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";

export type TestRound = { name?: string; dueOn: string; reminderDaysBefore: number; countryCodes: string[]; withdrawn?: boolean };

export async function insertRound(db: Database, coordinator: Actor, round: TestRound): Promise<string> {
  const id = randomUUID();
  await db.insert(reportingRounds).values({
    id,
    name: round.name ?? `Round ${id.slice(0, 8)}`,
    periodStart: "2026-01-01",
    periodEnd: "2026-06-30",
    dueOn: round.dueOn,
    reminderDaysBefore: round.reminderDaysBefore,
    openedById: coordinator.userId,
    deletedAt: round.withdrawn ? new Date() : null,
  });
  await db.insert(reportingRoundCountries).values(round.countryCodes.map((countryCode) => ({ roundId: id, countryCode })));
  return id;
}

/** A country's report for a round, at a status of its workflow. */
export async function insertReport(db: Database, member: Actor, roundId: string, countryCode: string, status: CountryReportStatus): Promise<void> {
  await db.insert(countryReports).values({ roundId, countryCode, status, locale: "en", createdById: member.userId });
}

/** Withdraws every live round, so that each test meets only the rounds it made. */
export async function withdrawAllRounds(db: Database): Promise<void> {
  await db.update(reportingRounds).set({ deletedAt: new Date() }).where(isNull(reportingRounds.deletedAt));
}
