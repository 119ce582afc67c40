/**
 * A country's support page: per step and in total, per currency, what is needed, pledged, committed, disbursed
 * and spent, and the remaining gap; the needs with their answers; the entries. The country's flows are read once
 * (lib/funding/totals/) and counted as FTS does, a pass-through of another member's entry left out (it counts at the
 * giver's): per currency, exact, for the sums and gaps (./country-money.ts), and in the reporting currency beside them.
 */
import { eq, sql } from "drizzle-orm";
import { type Queryable, queryRows } from "@/db/engine";
import { type LocalizedText, supportEntries, supportNeeds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { latestEntriesFirst, selectEntrySummaries, type SupportEntrySummary } from "./entry-summaries";
import type { FundingTotals } from "@/lib/funding/totals/count-funding";
import { selectNeedSummaries, type SupportNeedSummary } from "./need-summaries";
import { stepsOfCountry, type SupportStep } from "./steps";
import { countryFor } from "@/lib/countries/query-countries";
import { countedEntry } from "@/lib/funding/totals/counting";
import { type FundingGroups, loadFundingTotals } from "@/lib/funding/totals/funding-totals";
import { countryMoney, type MoneyFigures } from "./country-money";

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

/** The country's money per step and in total, from its needs and its flows grouped by step. */
function moneyOf(needs: SupportNeedSummary[], funding: FundingGroups) {
  return countryMoney(needs, new Set(funding.rows.flatMap((row) => row.stepIds)), (group) => funding.of(group).perCurrency);
}

export async function getCountrySupport(db: Queryable, actor: Actor, code: unknown) {
  const country = await countryFor(db, actor, code, "support.read");
  const countryCode = country.code;

  const [steps, needs, entries, funding] = await Promise.all([
    stepsOfCountry(db, countryCode),
    selectNeedSummaries(db, eq(supportNeeds.countryCode, countryCode)),
    selectEntrySummaries(db, { where: eq(supportEntries.countryCode, countryCode), orderBy: latestEntriesFirst }),
    // The country's total under "all", each step's under its id.
    loadFundingTotals(db, eq(supportEntries.countryCode, countryCode), (row) => ["all", ...row.stepIds], { perEntry: true }),
  ]);
  const { byStep, totals } = moneyOf(needs, funding);

  const overview: StepSupportOverview[] = steps.map((step) => {
    const stepNeeds = needs.filter((need) => need.countryStepId === step.id);
    const answering = new Set(stepNeeds.flatMap((need) => need.answers.map((answer) => answer.supportEntryId)));
    const stepEntries = entries.filter((entry) => entry.countryStepId === step.id || answering.has(entry.id));
    return {
      ...step,
      money: byStep.get(step.id) ?? [],
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

/** A country and its steps, as the need forms offer them: refused as the support page is, without reading its support. */
export async function getCountrySupportSteps(db: Queryable, actor: Actor, code: unknown) {
  const country = await countryFor(db, actor, code, "support.read");
  return { country, steps: await stepsOfCountry(db, country.code) };
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
  const [needs, entries, funding] = await Promise.all([
    selectNeedSummaries(db, eq(supportNeeds.countryCode, countryCode)),
    countEntriesByAgency(db, countryCode),
    // The country's flows, read once: its total under "all", each step's under its id, each agency's under its group.
    loadFundingTotals(db, eq(supportEntries.countryCode, countryCode), (row) => ["all", ...row.stepIds, agencyGroup(row.agencyId)], { perEntry: true }),
  ]);
  return { totals: moneyOf(needs, funding).totals, funding: funding.of("all"), needs, byAgency: supportByAgency(entries, funding) };
}
