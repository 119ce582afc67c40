/**
 * The one query module of countries: each country with its framework version and how many of its steps are
 * done. The countries page (`listCountries`), the JSON API (`queryCountries`), a country's page
 * (`countrySummary`, from get-country-overview.ts) and the summary report (`listCountrySummaries`) all read through
 * `countrySummaries`; a page or use case that names a country by its address checks and finds it with
 * `countryCodeFor` and `countryFor`.
 */
import { and, asc, eq, gt, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, countrySteps, frameworkVersions, type Locale, type LocalizedText } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { localized } from "@/lib/i18n/localized";
import { decodeCursor, type Page, pageOf } from "@/lib/paging";
import { notFound } from "@/lib/errors";
import { type Action, assertCan } from "@/lib/permissions";
import { countryCodeSchema, countryListQuery, countryPageQuerySchema, type countrySortColumns } from "@/lib/validation/countries";
import { parseInput } from "@/lib/validation/parse";
import * as z from "zod/mini";

type CountryColumns = typeof countries.$inferSelect;

export type CountrySummary = {
  code: string;
  name: LocalizedText;
  region: CountryColumns["region"];
  spfiStatus: CountryColumns["spfiStatus"];
  frameworkVersion: number;
  stepsDone: number;
  stepsApplicable: number;
};

/** A country on the countries page: its name in the reader's language. */
export type CountryListRow = Omit<CountrySummary, "name" | "frameworkVersion"> & { name: string };

/** The countries `where` selects, by code, with their framework version and step counts. */
function countrySummaries(db: Queryable, where?: SQL) {
  return db
    .select({
      code: countries.code,
      name: countries.name,
      region: countries.region,
      spfiStatus: countries.spfiStatus,
      frameworkVersion: frameworkVersions.number,
      frameworkVersionId: countries.frameworkVersionId,
      stepsDone: sql<number>`count(${countrySteps.id}) filter (where ${countrySteps.status} = 'completed')`.mapWith(Number),
      stepsApplicable: sql<number>`count(${countrySteps.id}) filter (where ${countrySteps.status} <> 'not_applicable')`.mapWith(Number),
    })
    .from(countries)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, countries.frameworkVersionId))
    .leftJoin(countrySteps, eq(countrySteps.countryCode, countries.code))
    .where(where)
    .groupBy(countries.code, frameworkVersions.number)
    .orderBy(asc(countries.code))
    .$dynamic();
}

/** One country with its framework version (and its id) and step counts; undefined for an unknown code. */
export async function countrySummary(db: Queryable, code: string) {
  const [country] = await countrySummaries(db, eq(countries.code, code));
  return country;
}

/** Every country by code, named in every language, with its step counts: for tables across countries (the summary report). */
export async function listCountrySummaries(db: Queryable, actor: Actor): Promise<CountrySummary[]> {
  assertCan(actor, "country.read");
  return (await countrySummaries(db)).map(({ frameworkVersionId: _id, ...summary }) => summary);
}

/** The countries page: every country, named in the reader's language, sorted by the chosen column. */
export async function listCountries(db: Queryable, actor: Actor, input: { locale: Locale; sort?: unknown; dir?: unknown }): Promise<CountryListRow[]> {
  assertCan(actor, "country.read");
  const { sort, dir } = countryListQuery.parse(input);
  const collator = new Intl.Collator(input.locale);
  const named = (await countrySummaries(db)).map((row) => ({
    code: row.code,
    name: localized(row.name, input.locale),
    region: row.region,
    spfiStatus: row.spfiStatus,
    stepsDone: row.stepsDone,
    stepsApplicable: row.stepsApplicable,
  }));
  const byName = (a: CountryListRow, b: CountryListRow) => collator.compare(a.name, b.name);
  const compare: Record<(typeof countrySortColumns)[number], (a: CountryListRow, b: CountryListRow) => number> = {
    name: byName,
    region: (a, b) => a.region.localeCompare(b.region) || byName(a, b),
    spfiStatus: (a, b) => a.spfiStatus.localeCompare(b.spfiStatus) || byName(a, b),
    stepsDone: (a, b) => a.stepsDone - b.stepsDone || byName(a, b),
  };
  const sorted = named.sort(compare[sort]);
  return dir === "desc" ? sorted.reverse() : sorted;
}

const position = z.object({ after: z.string().check(z.regex(/^[A-Z]{2}$/)) });

/** The countries for programs: filtered by region and SPF-I status, paged by code, names in every language. */
export async function queryCountries(db: Queryable, actor: Actor, input: unknown): Promise<Page<CountrySummary>> {
  assertCan(actor, "country.read");
  const { region, spfiStatus, limit, cursor } = parseInput(countryPageQuerySchema, input);
  const after = decodeCursor(position, cursor);
  const conditions: SQL[] = [];
  if (region) conditions.push(eq(countries.region, region));
  if (spfiStatus) conditions.push(eq(countries.spfiStatus, spfiStatus));
  if (after) conditions.push(gt(countries.code, after.after));
  const rows = await countrySummaries(db, and(...conditions)).limit(limit + 1);
  return pageOf(
    rows.map(({ frameworkVersionId: _version, ...row }) => row),
    limit,
    (row) => ({ after: row.code }),
  );
}

/** A country code from an address, upper-cased: NOT_FOUND when malformed, FORBIDDEN when the actor may not `action` there. */
export function countryCodeFor(actor: Actor, code: unknown, action: Action = "country.read"): string {
  const parsed = countryCodeSchema.safeParse(code);
  if (!parsed.success) throw notFound();
  assertCan(actor, action, { countryCode: parsed.data });
  return parsed.data;
}

/** The country an address names, with its name, checked as `countryCodeFor` checks it; NOT_FOUND when unknown. */
export async function countryFor(db: Queryable, actor: Actor, code: unknown, action: Action = "country.read"): Promise<{ code: string; name: LocalizedText }> {
  const countryCode = countryCodeFor(actor, code, action);
  const [country] = await db.select({ code: countries.code, name: countries.name }).from(countries).where(eq(countries.code, countryCode));
  if (!country) throw notFound();
  return country;
}
