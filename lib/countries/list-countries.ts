/** The countries list: each country's place in the SPF Initiative and how many of its steps are done. */
import { asc, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, countrySteps, type Locale, type LocalizedText } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { localized } from "@/lib/i18n/localized";
import { assertCan } from "@/lib/permissions";
import { countryListQuery, type countrySortColumns } from "@/lib/validation/countries";

export type CountryListRow = {
  code: string;
  name: string;
  region: (typeof countries.$inferSelect)["region"];
  spfiStatus: (typeof countries.$inferSelect)["spfiStatus"];
  stepsDone: number;
  stepsApplicable: number;
};

/** How many of a country's steps are done and how many apply; for a query grouped by country over country_steps. */
export const stepCounts = {
  stepsDone: sql<number>`count(${countrySteps.id}) filter (where ${countrySteps.status} = 'completed')`.mapWith(Number),
  stepsApplicable: sql<number>`count(${countrySteps.id}) filter (where ${countrySteps.status} <> 'not_applicable')`.mapWith(Number),
};

export async function listCountries(
  db: Queryable,
  actor: Actor,
  input: { locale: Locale; sort?: unknown; dir?: unknown },
): Promise<CountryListRow[]> {
  assertCan(actor, "country.read");
  const { sort, dir } = countryListQuery.parse(input);
  const rows = await db
    .select({
      code: countries.code,
      name: countries.name,
      region: countries.region,
      spfiStatus: countries.spfiStatus,
      ...stepCounts,
    })
    .from(countries)
    .leftJoin(countrySteps, eq(countrySteps.countryCode, countries.code))
    .groupBy(countries.code)
    .orderBy(asc(countries.code));

  const collator = new Intl.Collator(input.locale);
  const named = rows.map((row) => ({
    code: row.code,
    name: localized(row.name as LocalizedText, input.locale),
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
