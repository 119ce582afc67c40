/**
 * Completeness of a round (each asked country on time, late, returned, missing or pending on a day, with counts per
 * state) and timeliness across the live rounds (each round's share on time), for the coordinators' view, its chart
 * and its exports. Read by everyone signed in, as the round itself is.
 */
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countryReports, reportingRoundCountries, reportingRounds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { completenessDaySchema } from "@/lib/validation/rounds";
import { type CompletenessState, completenessOf, countByState, shareOnTime, utcToday } from "./completeness-state";
import { getRound } from "./get-round";

export async function getCompleteness(db: Queryable, actor: Actor, roundId: unknown, options: { today?: unknown } = {}) {
  const round = await getRound(db, actor, roundId, options);
  const counts = countByState(round.countries.map((country) => country.state));
  return {
    round: { id: round.id, name: round.name, periodStart: round.periodStart, periodEnd: round.periodEnd, dueOn: round.dueOn },
    today: round.today,
    countries: round.countries.map(({ countryCode, countryName, status, submittedAt, decidedAt, state }) => ({ countryCode, countryName, status, submittedAt, decidedAt, state })),
    counts,
    shareOnTime: shareOnTime(counts),
  };
}

export type RoundTimeliness = {
  roundId: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  countries: number;
  counts: Record<CompletenessState, number>;
  /** On time among the countries whose report is due; null while none is. */
  shareOnTime: number | null;
};

export async function getTimeliness(db: Queryable, actor: Actor, options: { today?: unknown } = {}): Promise<RoundTimeliness[]> {
  assertCan(actor, "country.read");
  const today = parseInput(completenessDaySchema, options.today) ?? utcToday();
  const rows = await db
    .select({
      roundId: reportingRounds.id,
      name: reportingRounds.name,
      periodStart: reportingRounds.periodStart,
      periodEnd: reportingRounds.periodEnd,
      dueOn: reportingRounds.dueOn,
      status: countryReports.status,
      submittedAt: countryReports.submittedAt,
    })
    .from(reportingRounds)
    .innerJoin(reportingRoundCountries, eq(reportingRoundCountries.roundId, reportingRounds.id))
    .leftJoin(countryReports, and(eq(countryReports.roundId, reportingRounds.id), eq(countryReports.countryCode, reportingRoundCountries.countryCode)))
    .where(isNull(reportingRounds.deletedAt))
    .orderBy(desc(reportingRounds.dueOn), desc(reportingRounds.createdAt), reportingRounds.id);
  const rounds = new Map<string, { round: Omit<RoundTimeliness, "countries" | "counts" | "shareOnTime">; states: CompletenessState[] }>();
  for (const { status, submittedAt, ...round } of rows) {
    const entry = rounds.get(round.roundId) ?? { round, states: [] };
    entry.states.push(completenessOf(status ? { status, submittedAt } : null, round.dueOn, today));
    rounds.set(round.roundId, entry);
  }
  return [...rounds.values()].map(({ round, states }) => {
    const counts = countByState(states);
    return { ...round, countries: states.length, counts, shareOnTime: shareOnTime(counts) };
  });
}
