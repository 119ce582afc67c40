/**
 * The period lock (decision 2010): a record dated inside the period of a country's accepted report is what that
 * report says, so changing it is refused until a coordinator reopens the period. Withdrawn rounds lock nothing.
 */
import { and, eq, gte, isNull, lte, or } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countryReports, reportingRounds } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { withValues } from "@/lib/validation/zod";

/**
 * CONFLICT naming the round when the date (YYYY-MM-DD), or one of the dates of one change (a milestone's old and
 * new date), falls in the period of an accepted report of the country. One query whatever the number of dates.
 */
export async function assertPeriodOpen(tx: Queryable, countryCode: string, date: string | readonly string[]): Promise<void> {
  const dates = [...new Set(typeof date === "string" ? [date] : date)];
  if (dates.length === 0) return;
  const [locked] = await tx
    .select({ roundId: reportingRounds.id, name: reportingRounds.name, periodStart: reportingRounds.periodStart, periodEnd: reportingRounds.periodEnd, reportId: countryReports.id })
    .from(countryReports)
    .innerJoin(reportingRounds, eq(reportingRounds.id, countryReports.roundId))
    .where(
      and(
        eq(countryReports.countryCode, countryCode),
        eq(countryReports.status, "accepted"),
        isNull(reportingRounds.deletedAt),
        or(...dates.map((day) => and(lte(reportingRounds.periodStart, day), gte(reportingRounds.periodEnd, day)))),
      ),
    )
    .orderBy(reportingRounds.periodStart)
    .limit(1);
  if (locked) {
    throw new AppError("CONFLICT", withValues("rounds.periodLocked", { round: locked.name, start: locked.periodStart, end: locked.periodEnd }), { current: { lockedBy: locked } });
  }
}
