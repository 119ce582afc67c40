/**
 * The accepted country reports of a round, as documents print them (decision 2060): read through the rounds' own
 * read (`getCountryReport` in lib/rounds, so the report's read rule and the sharing rule inside it apply), refused
 * unless accepted, with the names a document shows where the screen shows ids (the country, who submitted and who
 * accepted). A round's document holds every accepted report its reader may read, in the order of country codes.
 */
import { eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, type LocalizedText, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { AppError, forbidden } from "@/lib/errors";
import { type CountryReportView, getCountryReport } from "@/lib/rounds/get-country-report";
import { getRound, type RoundView } from "@/lib/rounds/get-round";
import { mayReadReport } from "@/lib/rounds/report-readers";

export type AcceptedReport = Omit<CountryReportView, "report"> & {
  report: NonNullable<CountryReportView["report"]>;
  countryName: LocalizedText;
  submittedByName: string | null;
  decidedByName: string | null;
};

export type AcceptedRound = { round: RoundView; reports: AcceptedReport[] };

const notAccepted = () => new AppError("CONFLICT", "documents.notAccepted");

async function namesOf(db: Queryable, ids: (string | null)[]): Promise<Map<string, string>> {
  const known = [...new Set(ids.filter((id): id is string => id !== null))];
  if (known.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, known));
  return new Map(rows.map((row) => [row.id, row.name]));
}

async function withNames(db: Queryable, view: CountryReportView): Promise<AcceptedReport> {
  if (view.status !== "accepted" || !view.report) throw notAccepted();
  const { report } = view;
  const [[country], names] = await Promise.all([
    db.select({ name: countries.name }).from(countries).where(eq(countries.code, view.countryCode)),
    namesOf(db, [report.submittedById, report.decidedById]),
  ]);
  return {
    ...view,
    report,
    countryName: country?.name ?? { en: view.countryCode },
    submittedByName: report.submittedById ? (names.get(report.submittedById) ?? null) : null,
    decidedByName: report.decidedById ? (names.get(report.decidedById) ?? null) : null,
  };
}

/** One accepted report: NOT_FOUND for an unknown round or country, FORBIDDEN to whom may not read it, CONFLICT unless accepted. */
export async function getAcceptedCountryReport(db: Queryable, actor: Actor, roundId: unknown, countryCode: unknown): Promise<AcceptedReport> {
  return withNames(db, await getCountryReport(db, actor, roundId, countryCode));
}

/**
 * The round and every accepted report of it the reader may read. CONFLICT when none is accepted yet; FORBIDDEN when
 * some are but the reader may read none (an adviser whose agency supports none of those countries).
 */
export async function getAcceptedRoundReports(db: Queryable, actor: Actor, roundId: unknown): Promise<AcceptedRound> {
  const round = await getRound(db, actor, roundId);
  if (round.withdrawn) throw notAccepted();
  const accepted = round.countries.filter((country) => country.status === "accepted");
  if (accepted.length === 0) throw new AppError("CONFLICT", "documents.noAcceptedReports");
  const reports: AcceptedReport[] = [];
  // One report at a time: a round asks at most every country once, and each accepted report reads its snapshot.
  for (const country of accepted) {
    if (!(await mayReadReport(db, actor, country.countryCode, "accepted"))) continue;
    reports.push(await getAcceptedCountryReport(db, actor, round.id, country.countryCode));
  }
  if (reports.length === 0) throw forbidden();
  return { round, reports };
}
