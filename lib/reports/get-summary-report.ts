/**
 * The cross-country summary: for each country, where its process stands (steps by status) and the support it
 * receives and still lacks per currency. Five statements whatever the number of countries: the countries list's own
 * read, then every country's steps, funding needs, and the live entries by kind and the flows' sums the database keeps
 * per country (decisions 2550, 2560); each country's money is made by `countryMoney` as its support
 * page makes it (decision 2540), from sums counted as its flows are.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countrySteps, type Locale, supportCounts, supportNeeds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { listCountrySummaries } from "@/lib/countries/query-countries";
import { localized } from "@/lib/i18n/localized";
import { loadFlowSums } from "@/lib/funding/totals/flow-sums";
import { assertCan } from "@/lib/permissions";
import { countryMoney, type EstimatedNeed } from "@/lib/support/country-money";
import { authorizeSummaryReport } from "./report-access";

/** Every country's steps: their ids and how many are in progress. */
async function stepsByCountry(db: Queryable): Promise<Map<string, { ids: string[]; inProgress: number }>> {
  const rows = await db.select({ countryCode: countrySteps.countryCode, id: countrySteps.id, status: countrySteps.status }).from(countrySteps);
  const steps = new Map<string, { ids: string[]; inProgress: number }>();
  for (const row of rows) {
    const ofCountry = steps.get(row.countryCode) ?? { ids: [], inProgress: 0 };
    steps.set(row.countryCode, ofCountry);
    ofCountry.ids.push(row.id);
    if (row.status === "in_progress") ofCountry.inProgress += 1;
  }
  return steps;
}

/** Every country's live support entries, technical and financial, as the database keeps them (decision 2560). */
async function entriesByCountry(db: Queryable): Promise<Map<string, { technical: number; financial: number }>> {
  const entries = new Map<string, { technical: number; financial: number }>();
  for (const row of await db.select().from(supportCounts)) {
    const ofCountry = entries.get(row.countryCode) ?? { technical: 0, financial: 0 };
    entries.set(row.countryCode, ofCountry);
    ofCountry[row.kind] = row.entries;
  }
  return entries;
}

/** Every country's live funding needs, with what the sums read of them. */
async function fundingNeedsByCountry(db: Queryable): Promise<Map<string, EstimatedNeed[]>> {
  const rows = await db
    .select({
      countryCode: supportNeeds.countryCode,
      countryStepId: supportNeeds.countryStepId,
      kind: supportNeeds.kind,
      estimateAmount: supportNeeds.estimateAmount,
      estimateCurrency: supportNeeds.estimateCurrency,
    })
    .from(supportNeeds)
    .where(and(isNull(supportNeeds.deletedAt), eq(supportNeeds.kind, "funding")));
  const needs = new Map<string, EstimatedNeed[]>();
  for (const row of rows) {
    const ofCountry = needs.get(row.countryCode) ?? [];
    needs.set(row.countryCode, ofCountry);
    ofCountry.push(row);
  }
  return needs;
}

export async function getSummaryReport(db: Queryable, actor: Actor, locale: Locale) {
  authorizeSummaryReport(actor);
  assertCan(actor, "support.read");
  const [countries, steps, entries, needs, flows] = await Promise.all([
    listCountrySummaries(db, actor),
    stepsByCountry(db),
    entriesByCountry(db),
    fundingNeedsByCountry(db),
    loadFlowSums(db),
  ]);
  const rows = countries.map((country) => {
    const ofCountry = steps.get(country.code) ?? { ids: [], inProgress: 0 };
    const sums = flows.get(country.code);
    const flowsOf = (group: string) => (group === "all" ? sums?.all : sums?.byStep.get(group)) ?? [];
    return {
      code: country.code,
      name: localized(country.name, locale),
      /** In every language, for the API. */
      names: country.name,
      region: country.region,
      spfiStatus: country.spfiStatus,
      stepsDone: country.stepsDone,
      stepsApplicable: country.stepsApplicable,
      inProgress: ofCountry.inProgress,
      technicalEntries: entries.get(country.code)?.technical ?? 0,
      financialEntries: entries.get(country.code)?.financial ?? 0,
      totals: countryMoney(needs.get(country.code) ?? [], ofCountry.ids, flowsOf).totals,
    };
  });
  // By name in the reader's language, as the countries list orders them.
  const collator = new Intl.Collator(locale);
  return { countries: rows.sort((a, b) => collator.compare(a.name, b.name)) };
}
