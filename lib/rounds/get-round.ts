/**
 * One round with each asked country's report: its status, version, when it was submitted and decided, and where it
 * stands on the day (completeness). Read by everyone signed in; a withdrawn round by those who manage rounds.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, countryReports, type LocalizedText, reportingRoundCountries, reportingRounds } from "@/db/schema";
import type { CountryReportStatus } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan, can } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { completenessDaySchema } from "@/lib/validation/rounds";
import * as z from "zod/mini";
import { type CompletenessState, completenessOf, utcToday } from "./completeness-state";

export type RoundCountry = {
  countryCode: string;
  countryName: LocalizedText;
  reportId: string | null;
  version: number | null;
  /** The report's status; "not_started" before the working group's first save. */
  status: CountryReportStatus | "not_started";
  submittedAt: Date | null;
  decidedAt: Date | null;
  reopenedAt: Date | null;
  state: CompletenessState;
};

export async function getRound(db: Queryable, actor: Actor, id: unknown, options: { today?: unknown } = {}) {
  const roundId = parseInput(z.uuid({ message: "validation.invalid" }), id);
  const today = parseInput(completenessDaySchema, options.today) ?? utcToday();
  assertCan(actor, "country.read");
  const [round] = await db.select().from(reportingRounds).where(eq(reportingRounds.id, roundId));
  if (!round || (round.deletedAt && !can(actor, "round.manage"))) throw notFound();
  const rows = await db
    .select({
      countryCode: reportingRoundCountries.countryCode,
      countryName: countries.name,
      reportId: countryReports.id,
      version: countryReports.version,
      status: countryReports.status,
      submittedAt: countryReports.submittedAt,
      decidedAt: countryReports.decidedAt,
      reopenedAt: countryReports.reopenedAt,
    })
    .from(reportingRoundCountries)
    .innerJoin(countries, eq(countries.code, reportingRoundCountries.countryCode))
    .leftJoin(countryReports, and(eq(countryReports.roundId, reportingRoundCountries.roundId), eq(countryReports.countryCode, reportingRoundCountries.countryCode)))
    .where(eq(reportingRoundCountries.roundId, roundId))
    .orderBy(asc(reportingRoundCountries.countryCode));
  const asked: RoundCountry[] = rows.map((row) => ({
    ...row,
    status: row.status ?? "not_started",
    state: completenessOf(row.status ? { status: row.status, submittedAt: row.submittedAt } : null, round.dueOn, today),
  }));
  return {
    id: round.id,
    name: round.name,
    periodStart: round.periodStart,
    periodEnd: round.periodEnd,
    dueOn: round.dueOn,
    reminderDaysBefore: round.reminderDaysBefore,
    version: round.version,
    withdrawn: round.deletedAt !== null,
    withdrawalReason: round.withdrawalReason,
    createdAt: round.createdAt,
    today,
    countries: asked,
  };
}

export type RoundView = Awaited<ReturnType<typeof getRound>>;
