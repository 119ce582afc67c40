/**
 * Reading a reporting round or a country report for a change: the row locked, refused when withdrawn or unknown,
 * and the shapes a CONFLICT hands back so the person sees the record as it now stands.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Queryable, Transaction } from "@/db/engine";
import { countries, countryReports, reportingRoundCountries, reportingRounds } from "@/db/schema";
import { invalid, notFound } from "@/lib/errors";

export const roundEntity = "reporting_round";
export const reportEntity = "country_report";

export type RoundRow = typeof reportingRounds.$inferSelect;
export type ReportRow = typeof countryReports.$inferSelect;

/** A live round, locked for the change; NOT_FOUND when unknown (or withdrawn, unless asked for). */
export async function roundForChange(tx: Transaction, id: string, { withdrawn = false } = {}): Promise<RoundRow> {
  const [round] = await tx.select().from(reportingRounds).where(eq(reportingRounds.id, id)).for("update");
  if (!round || (round.deletedAt !== null && !withdrawn)) throw notFound();
  return round;
}

/** A report, locked for the change, with its round (live). */
export async function reportForChange(tx: Transaction, id: string): Promise<{ report: ReportRow; round: RoundRow }> {
  const [report] = await tx.select().from(countryReports).where(eq(countryReports.id, id)).for("update");
  if (!report) throw notFound();
  const [round] = await tx.select().from(reportingRounds).where(eq(reportingRounds.id, report.roundId));
  if (!round || round.deletedAt) throw notFound();
  return { report, round };
}

export async function roundCountryCodes(db: Queryable, roundId: string): Promise<string[]> {
  const rows = await db
    .select({ countryCode: reportingRoundCountries.countryCode })
    .from(reportingRoundCountries)
    .where(eq(reportingRoundCountries.roundId, roundId))
    .orderBy(reportingRoundCountries.countryCode);
  return rows.map((row) => row.countryCode);
}

/** Whether the round asks this country to report. */
export async function roundAsks(db: Queryable, roundId: string, countryCode: string): Promise<boolean> {
  const [row] = await db
    .select({ countryCode: reportingRoundCountries.countryCode })
    .from(reportingRoundCountries)
    .where(and(eq(reportingRoundCountries.roundId, roundId), eq(reportingRoundCountries.countryCode, countryCode)));
  return row !== undefined;
}

/** INVALID on `countryCodes` unless every code is a country Socle knows. */
export async function assertKnownCountries(db: Queryable, codes: string[]): Promise<void> {
  const unique = [...new Set(codes)];
  const known = await db
    .select({ code: countries.code })
    .from(countries)
    .where(inArray(countries.code, unique));
  if (known.length !== unique.length) throw invalid({ countryCodes: "validation.countryCodeUnknown" });
}

/** What a CONFLICT on a round shows: the round as it stands, with its countries. */
export async function roundConflictView(db: Queryable, round: RoundRow) {
  return {
    id: round.id,
    version: round.version,
    name: round.name,
    periodStart: round.periodStart,
    periodEnd: round.periodEnd,
    dueOn: round.dueOn,
    reminderDaysBefore: round.reminderDaysBefore,
    countryCodes: await roundCountryCodes(db, round.id),
  };
}

/** What a CONFLICT on a report shows: its narrative and where it stands in the workflow. */
export function reportConflictView(report: ReportRow) {
  return {
    id: report.id,
    version: report.version,
    status: report.status,
    achievements: report.achievements,
    difficulties: report.difficulties,
    nextSteps: report.nextSteps,
    returnReason: report.returnReason,
    reopenReason: report.reopenReason,
  };
}

/** The fields a round's history shows. */
export function roundSnapshot(round: Pick<RoundRow, "name" | "periodStart" | "periodEnd" | "dueOn" | "reminderDaysBefore">, countryCodes: string[]) {
  return {
    name: round.name,
    periodStart: round.periodStart,
    periodEnd: round.periodEnd,
    dueOn: round.dueOn,
    reminderDaysBefore: round.reminderDaysBefore,
    countryCodes: [...countryCodes].sort(),
  };
}
