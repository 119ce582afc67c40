/**
 * The reporting rounds, newest due date first, with how many countries each asks and where their reports stand.
 * Who is asked and who has reported is read by everyone signed in, as the progress matrix is (decision 2010);
 * withdrawn rounds only by those who manage rounds, when they ask for them.
 */
import { count, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countryReports, reportingRoundCountries, reportingRounds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assertCan, can } from "@/lib/permissions";

export type RoundSummary = {
  id: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  reminderDaysBefore: number;
  version: number;
  withdrawn: boolean;
  countries: number;
  submitted: number;
  accepted: number;
  returned: number;
};

export async function listRounds(db: Queryable, actor: Actor, options: { withdrawn?: boolean } = {}): Promise<RoundSummary[]> {
  assertCan(actor, "country.read");
  const withdrawn = options.withdrawn === true && can(actor, "round.manage");
  const asked = db
    .select({ roundId: reportingRoundCountries.roundId, countries: count().as("countries") })
    .from(reportingRoundCountries)
    .groupBy(reportingRoundCountries.roundId)
    .as("asked");
  const reported = db
    .select({
      roundId: countryReports.roundId,
      // Reopened reports were submitted and accepted before: they count as submitted, not as accepted.
      submitted: sql<number>`count(*) filter (where ${countryReports.status} in ('submitted', 'accepted', 'reopened'))`.mapWith(Number).as("submitted"),
      accepted: sql<number>`count(*) filter (where ${countryReports.status} = 'accepted')`.mapWith(Number).as("accepted"),
      returned: sql<number>`count(*) filter (where ${countryReports.status} = 'returned')`.mapWith(Number).as("returned"),
    })
    .from(countryReports)
    .groupBy(countryReports.roundId)
    .as("reported");
  const rows = await db
    .select({
      id: reportingRounds.id,
      name: reportingRounds.name,
      periodStart: reportingRounds.periodStart,
      periodEnd: reportingRounds.periodEnd,
      dueOn: reportingRounds.dueOn,
      reminderDaysBefore: reportingRounds.reminderDaysBefore,
      version: reportingRounds.version,
      deletedAt: reportingRounds.deletedAt,
      countries: sql<number>`coalesce(${asked.countries}, 0)`.mapWith(Number),
      submitted: sql<number>`coalesce(${reported.submitted}, 0)`.mapWith(Number),
      accepted: sql<number>`coalesce(${reported.accepted}, 0)`.mapWith(Number),
      returned: sql<number>`coalesce(${reported.returned}, 0)`.mapWith(Number),
    })
    .from(reportingRounds)
    .leftJoin(asked, eq(asked.roundId, reportingRounds.id))
    .leftJoin(reported, eq(reported.roundId, reportingRounds.id))
    .where(withdrawn ? isNotNull(reportingRounds.deletedAt) : isNull(reportingRounds.deletedAt))
    .orderBy(desc(reportingRounds.dueOn), desc(reportingRounds.createdAt));
  return rows.map(({ deletedAt, ...row }) => ({ ...row, withdrawn: deletedAt !== null }));
}

