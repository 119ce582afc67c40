/** The countries for programs: filtered by region and SPF-I status, paged by code, names in every language. */
import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, countrySteps, frameworkVersions, type LocalizedText } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { decodeCursor, type Page, pageOf } from "@/lib/paging";
import { assertCan } from "@/lib/permissions";
import { countryPageQuerySchema } from "@/lib/validation/countries";
import { parseInput } from "@/lib/validation/parse";
import * as z from "zod/mini";
import { stepCounts } from "./list-countries";

export type CountrySummary = {
  code: string;
  name: LocalizedText;
  region: (typeof countries.$inferSelect)["region"];
  spfiStatus: (typeof countries.$inferSelect)["spfiStatus"];
  frameworkVersion: number;
  stepsDone: number;
  stepsApplicable: number;
};

const position = z.object({ after: z.string().check(z.regex(/^[A-Z]{2}$/)) });

export async function queryCountries(db: Queryable, actor: Actor, input: unknown): Promise<Page<CountrySummary>> {
  assertCan(actor, "country.read");
  const { region, spfiStatus, limit, cursor } = parseInput(countryPageQuerySchema, input);
  const after = decodeCursor(position, cursor);
  const conditions: SQL[] = [];
  if (region) conditions.push(eq(countries.region, region));
  if (spfiStatus) conditions.push(eq(countries.spfiStatus, spfiStatus));
  if (after) conditions.push(gt(countries.code, after.after));

  const rows = await db
    .select({
      code: countries.code,
      name: countries.name,
      region: countries.region,
      spfiStatus: countries.spfiStatus,
      frameworkVersion: frameworkVersions.number,
      ...stepCounts,
    })
    .from(countries)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, countries.frameworkVersionId))
    .leftJoin(countrySteps, eq(countrySteps.countryCode, countries.code))
    .where(and(...conditions))
    .groupBy(countries.code, frameworkVersions.number)
    .orderBy(asc(countries.code))
    .limit(limit + 1);
  return pageOf(rows, limit, (row) => ({ after: row.code }));
}
