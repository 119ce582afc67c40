/**
 * The home's lists of reporting rounds (issue 20, decision 2040): a working group's reports still to send, and a
 * coordinator's open rounds with how many of their reports are in. Each is one query, bounded and counted.
 */
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { countries, countryReports, reportingRoundCountries, reportingRounds } from "@/db/schema";
import { countryReportPath } from "@/lib/notifications/report-notices";
import { blankItem, counted, type HomeList, inCountries, type ListContext, total } from "./list-parts";

/** A report still to send: none yet, a draft, returned with a reason, or reopened by a coordinator. */
const stillToSend = or(isNull(countryReports.status), inArray(countryReports.status, ["draft", "returned", "reopened"]));

/** The scope's countries' reports still to send in live rounds, the soonest due first. */
export async function reportsDue(context: ListContext): Promise<Omit<HomeList, "kind">> {
  const rows = await context.db
    .select({
      roundId: reportingRounds.id,
      name: reportingRounds.name,
      dueOn: reportingRounds.dueOn,
      countryCode: reportingRoundCountries.countryCode,
      countryName: countries.name,
      status: countryReports.status,
      total,
    })
    .from(reportingRoundCountries)
    .innerJoin(reportingRounds, eq(reportingRounds.id, reportingRoundCountries.roundId))
    .innerJoin(countries, eq(countries.code, reportingRoundCountries.countryCode))
    .leftJoin(countryReports, and(eq(countryReports.roundId, reportingRoundCountries.roundId), eq(countryReports.countryCode, reportingRoundCountries.countryCode)))
    .where(and(isNull(reportingRounds.deletedAt), inCountries(context.scope, reportingRoundCountries.countryCode), stillToSend))
    .orderBy(asc(reportingRounds.dueOn), asc(reportingRounds.name), asc(reportingRoundCountries.countryCode))
    .limit(context.limit);
  return counted(rows, (row) => ({
    ...blankItem,
    subject: "country_report",
    id: row.roundId,
    countryCode: row.countryCode,
    countryName: row.countryName,
    title: row.name,
    dueOn: row.dueOn,
    reportStatus: row.status ?? "not_started",
    link: countryReportPath({ countryCode: row.countryCode, roundId: row.roundId }),
  }));
}

const counting = (condition: ReturnType<typeof sql>) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/**
 * Live rounds with a report of the scope's countries not yet accepted, the soonest due first, each with its reports
 * counted: accepted, submitted (waiting for a reviewer) and still to send.
 */
export async function openRounds(context: ListContext): Promise<Omit<HomeList, "kind">> {
  const accepted = counting(sql`${countryReports.status} = 'accepted'`);
  const submitted = counting(sql`${countryReports.status} = 'submitted'`);
  const outstanding = counting(sql`${countryReports.status} is null or ${countryReports.status} in ('draft', 'returned', 'reopened')`);
  const rows = await context.db
    .select({
      roundId: reportingRounds.id,
      name: reportingRounds.name,
      dueOn: reportingRounds.dueOn,
      expected: sql<number>`count(*)`.mapWith(Number),
      accepted,
      submitted,
      outstanding,
      total,
    })
    .from(reportingRounds)
    .innerJoin(reportingRoundCountries, eq(reportingRoundCountries.roundId, reportingRounds.id))
    .leftJoin(countryReports, and(eq(countryReports.roundId, reportingRoundCountries.roundId), eq(countryReports.countryCode, reportingRoundCountries.countryCode)))
    .where(and(isNull(reportingRounds.deletedAt), inCountries(context.scope, reportingRoundCountries.countryCode)))
    .groupBy(reportingRounds.id)
    .having(sql`count(*) filter (where ${countryReports.status} is distinct from 'accepted') > 0`)
    .orderBy(asc(reportingRounds.dueOn), asc(reportingRounds.name))
    .limit(context.limit);
  return counted(rows, (row) => ({
    ...blankItem,
    subject: "reporting_round",
    id: row.roundId,
    // A round is no one country's.
    countryCode: null,
    countryName: null,
    title: row.name,
    dueOn: row.dueOn,
    reportCounts: { expected: row.expected, accepted: row.accepted, submitted: row.submitted, outstanding: row.outstanding },
    link: `/rounds/${row.roundId}`,
  }));
}
