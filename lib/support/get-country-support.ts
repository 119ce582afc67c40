/**
 * A country's support page: per step and in total, per currency, what is needed, pledged, committed, disbursed
 * and spent, and the remaining gap; the needs with their answers; the entries. Sums per currency are exact, in SQL;
 * beside them, the flows in the reporting currency (lib/funding/totals/), counted as FTS does: a pass-through of
 * another member's entry is left out of both (it counts at the giver's).
 */
import { asc, eq, sql } from "drizzle-orm";
import { type Queryable, queryRows } from "@/db/engine";
import { type LocalizedText, supportEntries, supportNeeds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { selectEntrySummaries, type SupportEntrySummary } from "./entry-summaries";
import type { FundingTotals } from "@/lib/funding/totals/count-funding";
import { selectNeedSummaries, type SupportNeedSummary } from "./need-summaries";
import { stepsOfCountry, type SupportStep } from "./steps";
import { countryFor } from "@/lib/countries/query-countries";
import { countedEntry } from "@/lib/funding/totals/counting";
import { type FundingGroups, loadFundingTotals } from "@/lib/funding/totals/funding-totals";

export type MoneyFigures = {
  currency: string;
  needed: string;
  pledged: string;
  committed: string;
  disbursed: string;
  spent: string;
  /** Needed minus committed, never below zero; in the totals, the sum of the steps' gaps. */
  gap: string;
};

export type StepSupportOverview = SupportStep & {
  money: MoneyFigures[];
  /** The step's flows counted as FTS does, per currency and in the reporting currency. */
  funding: FundingTotals;
  needs: SupportNeedSummary[];
  /** Entries that target the step or answer one of its needs. */
  entries: SupportEntrySummary[];
  /** The step has needs and nothing supports it yet: pages make it stand out. */
  needsWithoutSupport: boolean;
};

type MoneyRow = MoneyFigures & { step_id: string | null };

function rowsOf<Row>(result: unknown): Row[] {
  return (result as { rows: Row[] }).rows; // both engines answer execute() with { rows }
}

/** The four flows of the transactions aliased `t`, as columns. */
const flowSums = sql.raw(`sum(t.amount) filter (where t.type = 'pledged') as pledged,
             sum(t.amount) filter (where t.type = 'committed') as committed,
             sum(t.amount) filter (where t.type = 'disbursed') as disbursed,
             sum(t.amount) filter (where t.type = 'spent') as spent`);

/**
 * Money per step and currency, as SQL to select from. An entry counts for a step when it targets it or answers
 * one of its needs; the gap is what the step's funding needs lack after the commitments of those entries.
 */
function stepMoney(countryCode: string) {
  return sql`
    with step_entries as (
      select e.country_step_id as step_id, e.id as entry_id
        from support_entries e
       where e.country_code = ${countryCode} and e.deleted_at is null and e.country_step_id is not null and ${countedEntry("e")}
      union
      select n.country_step_id, l.support_entry_id
        from need_support_links l
        join support_needs n on n.id = l.need_id and n.deleted_at is null
        join support_entries e on e.id = l.support_entry_id and e.deleted_at is null
       where n.country_code = ${countryCode} and ${countedEntry("e")}
    ),
    flows as (
      select se.step_id, t.currency,
             ${flowSums}
        from step_entries se
        join support_transactions t on t.support_entry_id = se.entry_id and t.deleted_at is null
       group by se.step_id, t.currency
    ),
    needed as (
      select country_step_id as step_id, estimate_currency as currency, sum(estimate_amount) as needed
        from support_needs
       where country_code = ${countryCode} and deleted_at is null and kind = 'funding'
       group by country_step_id, estimate_currency
    )
    select coalesce(f.step_id, n.step_id) as step_id,
           coalesce(f.currency, n.currency) as currency,
           coalesce(n.needed, 0) as needed,
           coalesce(f.pledged, 0) as pledged,
           coalesce(f.committed, 0) as committed,
           coalesce(f.disbursed, 0) as disbursed,
           coalesce(f.spent, 0) as spent,
           greatest(coalesce(n.needed, 0) - coalesce(f.committed, 0), 0) as gap
      from flows f
      full join needed n on n.step_id = f.step_id and n.currency = f.currency`;
}

async function moneyByStep(db: Queryable, countryCode: string): Promise<MoneyRow[]> {
  const result = await db.execute(sql`
    select step_id, currency, needed::text, pledged::text, committed::text, disbursed::text, spent::text, gap::text
      from (${stepMoney(countryCode)}) as step_money
     order by currency`);
  return rowsOf<MoneyRow>(result);
}

/**
 * Country totals: the flows of every live entry of the country (each once, with or without a step), the needs,
 * and the sum of the steps' gaps, so that one step's surplus never hides another step's gap.
 */
async function moneyInTotal(db: Queryable, countryCode: string): Promise<MoneyFigures[]> {
  const result = await db.execute(sql`
    with flows as (
      select t.currency,
             ${flowSums}
        from support_entries e
        join support_transactions t on t.support_entry_id = e.id and t.deleted_at is null
       where e.country_code = ${countryCode} and e.deleted_at is null and ${countedEntry("e")}
       group by t.currency
    ),
    steps as (
      select currency, sum(needed) as needed, sum(gap) as gap
        from (${stepMoney(countryCode)}) as step_money
       group by currency
    )
    select coalesce(f.currency, s.currency) as currency,
           coalesce(s.needed, 0)::text as needed,
           coalesce(f.pledged, 0)::text as pledged,
           coalesce(f.committed, 0)::text as committed,
           coalesce(f.disbursed, 0)::text as disbursed,
           coalesce(f.spent, 0)::text as spent,
           coalesce(s.gap, 0)::text as gap
      from flows f
      full join steps s on s.currency = f.currency
     order by 1`);
  return rowsOf<MoneyFigures>(result);
}

export async function getCountrySupport(db: Queryable, actor: Actor, code: unknown) {
  const country = await countryFor(db, actor, code, "support.read");
  const countryCode = country.code;

  const [steps, money, totals, needs, entries, funding] = await Promise.all([
    stepsOfCountry(db, countryCode),
    moneyByStep(db, countryCode),
    moneyInTotal(db, countryCode),
    selectNeedSummaries(db, eq(supportNeeds.countryCode, countryCode)),
    selectEntrySummaries(db, { where: eq(supportEntries.countryCode, countryCode), orderBy: [asc(supportEntries.title)] }),
    // The country's total under "all", each step's under its id.
    loadFundingTotals(db, eq(supportEntries.countryCode, countryCode), (row) => ["all", ...row.stepIds], { perEntry: true }),
  ]);

  const overview: StepSupportOverview[] = steps.map((step) => {
    const stepNeeds = needs.filter((need) => need.countryStepId === step.id);
    const answering = new Set(stepNeeds.flatMap((need) => need.answers.map((answer) => answer.supportEntryId)));
    const stepEntries = entries.filter((entry) => entry.countryStepId === step.id || answering.has(entry.id));
    return {
      ...step,
      money: money.filter((row) => row.step_id === step.id).map(({ step_id: _stepId, ...figures }) => figures),
      funding: funding.of(step.id),
      needs: stepNeeds,
      entries: stepEntries,
      needsWithoutSupport: stepNeeds.length > 0 && stepEntries.length === 0,
    };
  });
  const withoutStep = entries.filter((entry) => entry.countryStepId === null && !overview.some((step) => step.entries.includes(entry)));
  return {
    country,
    steps: overview,
    totals,
    funding: funding.of("all"),
    reportingCurrency: funding.reportingCurrency,
    rateMaxAgeDays: funding.rateMaxAgeDays,
    entriesWithoutStep: withoutStep,
  };
}

export type AgencySupport = {
  agencyAcronym: string;
  agencyShortName: LocalizedText;
  kind: SupportEntrySummary["kind"];
  entries: number;
  /** Per currency, what the agency's entries of this kind committed and disbursed. */
  money: { currency: string; committed: string; disbursed: string }[];
};

type AgencyEntries = { agencyId: string; agencyAcronym: string; agencyShortName: LocalizedText; kind: AgencySupport["kind"]; currency: string | null; counted: boolean; entries: number };

/** A country's live entries counted by agency, kind, currency and whether totals count them (not a live giver's pass-through). */
function countEntriesByAgency(db: Queryable, countryCode: string): Promise<AgencyEntries[]> {
  return queryRows<AgencyEntries>(
    db,
    sql`
    select agencies.id as "agencyId", agencies.acronym as "agencyAcronym", agencies.short_name as "agencyShortName", e.kind::text as kind,
           e.currency::text as currency, ${countedEntry("e")} as counted, count(*)::int as entries
      from support_entries e
      join agencies on agencies.id = e.agency_id
     where e.country_code = ${countryCode} and e.deleted_at is null
     group by agencies.id, e.kind, e.currency, 6`,
  );
}

/** The group under which the report's funding totals sum one agency's flows. */
const agencyGroup = (agencyId: string) => `agency:${agencyId}`;

/**
 * A country's support grouped by agency and kind, with the flows of the financial entries per currency; a
 * pass-through of another member's live entry is listed but its money is counted once, at the giver's (decision
 * 2110). The money is the country's flows summed per agency (`funding`, grouped by `agencyGroup`), not read again:
 * only a financial entry holds transactions, in its own currency, and neither changes once it has one.
 */
function supportByAgency(entries: AgencyEntries[], funding: FundingGroups): AgencySupport[] {
  const groups = new Map<string, AgencySupport>();
  for (const row of entries) {
    const id = `${row.agencyAcronym}\u0000${row.kind}`;
    const group = groups.get(id) ?? { agencyAcronym: row.agencyAcronym, agencyShortName: row.agencyShortName, kind: row.kind, entries: 0, money: [] };
    groups.set(id, group);
    group.entries += row.entries;
    if (!row.currency || !row.counted) continue;
    const flows = row.kind === "financial" ? funding.of(agencyGroup(row.agencyId)).perCurrency.find((sums) => sums.currency === row.currency) : undefined;
    group.money.push({ currency: row.currency, committed: flows?.committed ?? "0", disbursed: flows?.disbursed ?? "0" });
  }
  for (const group of groups.values()) group.money.sort((a, b) => a.currency.localeCompare(b.currency));
  return [...groups.values()].sort((a, b) => a.agencyAcronym.localeCompare(b.agencyAcronym) || a.kind.localeCompare(b.kind));
}

/**
 * What the country report shows of support, without listing the entries: the country's totals per currency, its
 * flows counted as FTS does in the reporting currency, its needs, and support by agency and kind.
 */
export async function getCountrySupportSummary(db: Queryable, actor: Actor, code: unknown) {
  const { code: countryCode } = await countryFor(db, actor, code, "support.read");
  const [totals, needs, entries, funding] = await Promise.all([
    moneyInTotal(db, countryCode),
    selectNeedSummaries(db, eq(supportNeeds.countryCode, countryCode)),
    countEntriesByAgency(db, countryCode),
    // The country's flows, read once: its total under "all", each agency's under its group.
    loadFundingTotals(db, eq(supportEntries.countryCode, countryCode), (row) => ["all", agencyGroup(row.agencyId)], { perEntry: true }),
  ]);
  return { totals, funding: funding.of("all"), needs, byAgency: supportByAgency(entries, funding) };
}
