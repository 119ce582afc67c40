/** One query for support entries as lists show them: who gives what, where, for which step, with their flow totals. */
import { aliasedTable, and, asc, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import {
  agencies,
  countries,
  countrySteps,
  frameworkSteps,
  type LocalizedText,
  supportEntries,
  supportTransactions,
} from "@/db/schema";
import { type CountedFlow, countedFlows } from "@/lib/funding/totals/counting";
import { type StepTitle, stepTitle } from "@/lib/progress/step-title";

export type SupportEntrySummary = {
  id: string;
  reference: string;
  title: string;
  kind: (typeof supportEntries.$inferSelect)["kind"];
  technicalCategory: (typeof supportEntries.$inferSelect)["technicalCategory"];
  status: (typeof supportEntries.$inferSelect)["status"];
  startDate: string | null;
  endDate: string | null;
  amount: string | null;
  currency: string | null;
  countryCode: string;
  countryName: LocalizedText;
  agencyId: string;
  agencyAcronym: string;
  agencyShortName: LocalizedText;
  countryStepId: string | null;
  stepKey: string | null;
  stepPosition: number | null;
  /** Translatable for a framework step; as typed for a national step; null when the entry targets no step. */
  stepTitle: StepTitle | null;
  pledged: string;
  committed: string;
  disbursed: string;
  spent: string;
  fundingSource: (typeof supportEntries.$inferSelect)["fundingSource"];
  fundingAgencyId: string | null;
  fundingAgencyAcronym: string | null;
  fundingDonor: string | null;
  passThroughOfEntryId: string | null;
  /**
   * The live entry this one passes on, whose money is counted there (so not here); null when it passes nothing on
   * or its giver's entry was withdrawn.
   */
  passedOnFrom: { id: string; title: string; agencyAcronym: string } | null;
  /** Send it back when editing: a stale version is refused with the entry as it stands. */
  version: number;
  updatedAt: Date;
};


/** The date lists filter and sort by: the start date, or the day the entry was recorded when it has none. */
export const entryDate = sql`coalesce(${supportEntries.startDate}, (${supportEntries.createdAt} at time zone 'UTC')::date)`;

/** The order of a country's and a step's entries: the latest by that date first, then by title (a page shows the first few). */
export const latestEntriesFirst = [desc(entryDate), asc(supportEntries.title), asc(supportEntries.id)];

const fundingAgency = aliasedTable(agencies, "funding_agency");
const giver = aliasedTable(supportEntries, "giver");
const giverAgency = aliasedTable(agencies, "giver_agency");

export async function selectEntrySummaries(
  db: Queryable,
  options: { where?: SQL; orderBy?: SQL[]; limit?: number; offset?: number },
): Promise<SupportEntrySummary[]> {
  // Each entry's own transactions, summed by one subquery in the select list (an index walk per entry): a country's
  // entries cost their own transactions, not every transaction in Socle grouped first; under a LIMIT, PostgreSQL
  // works it out after sorting, for the page's rows only (a lateral join made it sum all 48,000 entries to show 50).
  const flows = sql<[string, string, string, string]>`(
    select json_build_array(${sql.join(
      countedFlows.map((type) => sql.raw(`coalesce(sum(t.amount) filter (where t.type = '${type}'), 0)::text`)),
      sql.raw(", "),
    )})
      from ${supportTransactions} t
     where t.support_entry_id = ${supportEntries.id} and t.deleted_at is null)`;

  let query = db
    .select({
      id: supportEntries.id,
      reference: supportEntries.reference,
      title: supportEntries.title,
      kind: supportEntries.kind,
      technicalCategory: supportEntries.technicalCategory,
      status: supportEntries.status,
      startDate: supportEntries.startDate,
      endDate: supportEntries.endDate,
      amount: supportEntries.amount,
      currency: supportEntries.currency,
      countryCode: supportEntries.countryCode,
      countryName: countries.name,
      agencyId: supportEntries.agencyId,
      agencyAcronym: agencies.acronym,
      agencyShortName: agencies.shortName,
      countryStepId: supportEntries.countryStepId,
      stepKey: frameworkSteps.key,
      stepPosition: countrySteps.position,
      stepTitle,
      flows,
      fundingSource: supportEntries.fundingSource,
      fundingAgencyId: supportEntries.fundingAgencyId,
      fundingAgencyAcronym: fundingAgency.acronym,
      fundingDonor: supportEntries.fundingDonor,
      passThroughOfEntryId: supportEntries.passThroughOfEntryId,
      giverId: giver.id,
      giverTitle: giver.title,
      giverAgencyAcronym: giverAgency.acronym,
      version: supportEntries.version,
      updatedAt: supportEntries.updatedAt,
    })
    .from(supportEntries)
    .innerJoin(countries, eq(countries.code, supportEntries.countryCode))
    .innerJoin(agencies, eq(agencies.id, supportEntries.agencyId))
    .leftJoin(countrySteps, eq(countrySteps.id, supportEntries.countryStepId))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .leftJoin(fundingAgency, eq(fundingAgency.id, supportEntries.fundingAgencyId))
    .leftJoin(giver, and(eq(giver.id, supportEntries.passThroughOfEntryId), isNull(giver.deletedAt)))
    .leftJoin(giverAgency, eq(giverAgency.id, giver.agencyId))
    .where(and(isNull(supportEntries.deletedAt), options.where))
    .$dynamic();
  if (options.orderBy?.length) query = query.orderBy(...options.orderBy);
  if (options.limit !== undefined) query = query.limit(options.limit);
  if (options.offset !== undefined) query = query.offset(options.offset);

  // Spelled out: with the self-join, Drizzle's inferred row type grows past what TypeScript follows.
  type Row = Omit<SupportEntrySummary, "passedOnFrom" | CountedFlow> & {
    flows: [string, string, string, string];
    giverId: string | null;
    giverTitle: string | null;
    giverAgencyAcronym: string | null;
  };
  const rows = (await query) as Row[];
  return rows.map(({ flows, giverId, giverTitle, giverAgencyAcronym, ...row }) => ({
    ...row,
    ...(Object.fromEntries(countedFlows.map((name, index) => [name, flows[index]!])) as Record<CountedFlow, string>),
    stepTitle: row.countryStepId ? row.stepTitle : null,
    passedOnFrom: giverId ? { id: giverId, title: giverTitle!, agencyAcronym: giverAgencyAcronym! } : null,
  }));
}
