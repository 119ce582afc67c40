/**
 * A country's results, as its page, its report and the API read them: every indicator it follows that the reader
 * may read, or one of them by id (NOT_FOUND for one kept from the reader, as for one that does not exist).
 */
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, countryIndicators } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan, can } from "@/lib/permissions";
import { isRecordId } from "@/lib/progress/records";
import { countryCodeSchema } from "@/lib/validation/countries";
import { type CountryIndicatorView, readCountryIndicators } from "./read-country-indicators";

export type CountryResults = {
  countryCode: string;
  /** Whether the reader may follow indicators, add national ones and record values here. */
  canWrite: boolean;
  /** Whether the reader may propose values of the indicators they read here. */
  canPropose: boolean;
  indicators: CountryIndicatorView[];
};

export async function getCountryResults(db: Queryable, actor: Actor, countryCode: unknown): Promise<CountryResults> {
  const code = countryCodeSchema.safeParse(countryCode);
  if (!code.success) throw notFound();
  assertCan(actor, "country.read", { countryCode: code.data });
  const [country] = await db.select({ code: countries.code }).from(countries).where(eq(countries.code, code.data));
  if (!country) throw notFound();
  return {
    countryCode: country.code,
    canWrite: can(actor, "results.write", { countryCode: country.code }),
    canPropose: can(actor, "results.propose", { countryCode: country.code }),
    indicators: await readCountryIndicators(db, actor, eq(countryIndicators.countryCode, country.code)),
  };
}

export async function getCountryIndicator(db: Queryable, actor: Actor, id: unknown): Promise<CountryIndicatorView> {
  if (typeof id !== "string" || !isRecordId(id)) throw notFound();
  assertCan(actor, "country.read");
  const [followed] = await readCountryIndicators(db, actor, eq(countryIndicators.id, id));
  if (!followed) throw notFound();
  return followed;
}
