/**
 * What a country's public page shows, read as an anonymous reader through the sharing rule: its key steps and
 * their status, the milestones and evidence shared with all, its support converted to the reporting currency
 * (decision 2110) and the results it shares. Published countries only; JSON-safe (dates as text), since the
 * pages keep it in Next's data cache.
 */
import { and, asc, eq, isNull, max, sql } from "drizzle-orm";
import { type Queryable, readEach } from "@/db/engine";
import { auditLog, countries, countryIndicators, countryPublications, countrySteps, type LocalizedText, milestones, supportEntries } from "@/db/schema";
import { countryStepSummaries } from "@/lib/countries/get-country-overview";
import { countrySummary } from "@/lib/countries/query-countries";
import type { RateUsed } from "@/lib/funding/conversion";
import type { FlowFigures } from "@/lib/funding/totals/count-funding";
import { loadFundingTotals } from "@/lib/funding/totals/funding-totals";
import { listMilestones } from "@/lib/progress/milestone-list";
import type { StepTitle } from "@/lib/progress/step-title";
import { readCountryIndicators } from "@/lib/results/read-country-indicators";
import { countryCodeSchema } from "@/lib/validation/countries";
import { anonymousReader } from "./anonymous-reader";

/** The most milestones a public page lists, latest first: a page stays light on a slow connection. */
export const publicMilestoneLimit = 100;

export type PublicStep = { id: string; position: number; key: string | null; title: StepTitle; status: string; statusChangedAt: string | null };

export type PublicEvidence = { id: string; kind: "link" | "file"; title: string; url: string | null; contentType: string | null; byteSize: number | null };

export type PublicMilestone = { id: string; countryStepId: string; title: string; occurredOn: string; description: string; evidence: PublicEvidence[] };

export type PublicSupport = {
  reportingCurrency: string;
  converted: FlowFigures;
  /** Amounts without a usable rate, left out of the converted figures (decision 2110). */
  leftOut: number;
  rates: RateUsed[];
  entries: number;
};

export type PublicIndicator = {
  id: string;
  code: string;
  name: LocalizedText;
  unit: string;
  baseline: { value: string; year: number; source: string } | null;
  values: { period: string; sex: string; value: string; source: string }[];
};

export type PublicCountry = {
  code: string;
  name: LocalizedText;
  region: string;
  spfiStatus: string;
  publishedAt: string | null;
  /** The latest change recorded for the country (its audit log), or null. */
  lastUpdatedAt: string | null;
  steps: PublicStep[];
  milestones: PublicMilestone[];
  support: PublicSupport | null;
  results: PublicIndicator[];
};

/** Whether a country's page is published: the one gate of every public read. */
export async function isPublished(db: Queryable, countryCode: string): Promise<boolean> {
  const [row] = await db.select({ published: countryPublications.published }).from(countryPublications).where(eq(countryPublications.countryCode, countryCode));
  return row?.published === true;
}

/** The public page of a published country; null for a malformed code, an unknown country or one not published. */
export async function readPublicCountry(db: Queryable, code: unknown): Promise<PublicCountry | null> {
  const parsed = countryCodeSchema.safeParse(code);
  if (!parsed.success) return null;
  const [publication] = await db.select().from(countryPublications).where(eq(countryPublications.countryCode, parsed.data));
  if (!publication?.published) return null;
  const view = await readCountryView(db, parsed.data);
  return view && { ...view, publishedAt: publication.publishedAt?.toISOString() ?? null };
}

/**
 * A country as its public page would show it, published or not: what the quality check judges before publishing.
 * Null for an unknown country.
 */
export async function readCountryView(db: Queryable, countryCode: string): Promise<PublicCountry | null> {
  const country = await countrySummary(db, countryCode);
  if (!country) return null;
  const [steps, shared, funding, indicators, [latest]] = await readEach(db, [
    () => countryStepSummaries(db, countryCode, country.frameworkVersionId),
    () => listMilestones(db, anonymousReader, and(eq(milestones.countryCode, countryCode), isNull(milestones.deletedAt)), { limit: publicMilestoneLimit }),
    () => loadFundingTotals(db, eq(supportEntries.countryCode, countryCode), () => ["all"], { perEntry: true, steps: false }),
    () => readCountryIndicators(db, anonymousReader, eq(countryIndicators.countryCode, countryCode)),
    () => db.select({ at: max(auditLog.at) }).from(auditLog).where(eq(auditLog.countryCode, countryCode)),
  ]);
  const totals = funding.of("all");
  return {
    code: country.code,
    name: country.name,
    region: country.region,
    spfiStatus: country.spfiStatus,
    publishedAt: null,
    lastUpdatedAt: latest?.at ? new Date(latest.at).toISOString() : null,
    steps: steps.map((step) => ({
      id: step.id,
      position: step.position,
      key: step.key,
      title: step.title,
      status: step.status,
      statusChangedAt: step.statusChangedAt?.toISOString() ?? null,
    })),
    milestones: shared.map((milestone) => ({
      id: milestone.id,
      countryStepId: milestone.countryStepId,
      title: milestone.title,
      occurredOn: milestone.occurredOn,
      description: milestone.description,
      evidence: milestone.evidence.map(({ id, kind, title, url, contentType, byteSize }) => ({ id, kind, title, url, contentType, byteSize })),
    })),
    support:
      funding.rows.length === 0
        ? null
        : {
            reportingCurrency: funding.reportingCurrency,
            converted: { pledged: totals.converted.pledged, committed: totals.converted.committed, disbursed: totals.converted.disbursed, spent: totals.converted.spent },
            leftOut: totals.converted.leftOut.length,
            rates: totals.converted.rates,
            entries: new Set(funding.rows.filter((row) => !row.passedOnFrom).map((row) => row.entryId)).size,
          },
    results: indicators.map((followed) => ({
      id: followed.id,
      code: followed.indicator.code,
      name: followed.indicator.name,
      unit: followed.indicator.unit,
      baseline: followed.baseline,
      values: followed.values.map(({ period, sex, value, source }) => ({ period, sex, value, source })),
    })),
  };
}

/** A country of the public list; its step counts only once it is published (they are its page's to show). */
export type PublicCountryListing = { code: string; name: LocalizedText; spfiStatus: string; published: boolean; steps: { done: number; applicable: number } | null };

/**
 * The public list of countries: every country Socle follows by its SPF-I status (activities under way, interest
 * expressed), the source page made live; those published link to their page.
 */
export async function listPublicCountries(db: Queryable): Promise<PublicCountryListing[]> {
  const rows = await db
    .select({
      code: countries.code,
      name: countries.name,
      spfiStatus: countries.spfiStatus,
      published: sql<boolean>`coalesce(${countryPublications.published}, false)`,
      stepsDone: sql<number>`count(${countrySteps.id}) filter (where ${countrySteps.status} = 'completed')`.mapWith(Number),
      stepsApplicable: sql<number>`count(${countrySteps.id}) filter (where ${countrySteps.status} <> 'not_applicable')`.mapWith(Number),
    })
    .from(countries)
    .leftJoin(countryPublications, eq(countryPublications.countryCode, countries.code))
    .leftJoin(countrySteps, eq(countrySteps.countryCode, countries.code))
    .groupBy(countries.code, countryPublications.published)
    .orderBy(asc(countries.code));
  return rows.map(({ stepsDone, stepsApplicable, ...row }) => ({ ...row, steps: row.published ? { done: stepsDone, applicable: stepsApplicable } : null }));
}
