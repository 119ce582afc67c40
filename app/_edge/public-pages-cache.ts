/**
 * The public pages' data, kept in Next's data cache (they are read far more than written, from slow connections),
 * each entry keyed by a stamp of the audit log (lib/publication/changed-countries.ts): a change, made on any instance
 * or by a background job, gives the next read a new key, so no instance serves what was taken down (decision 2200).
 * Each read pays one or two index lookups; an unchanged country's page is not read again.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_cache } from "next/cache";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { countryListStamp, countryPageStamp } from "@/lib/publication/changed-countries";
import { listPublicCountries, type PublicCountry, readPublicCountry } from "@/lib/publication/read-public-country";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { countryCodeSchema } from "@/lib/validation/countries";

/** Entries of an older stamp are no longer read; their lifetime lets Next drop them. */
const lifetime = 3600;

/**
 * Next keeps its data cache on disk across restarts: an entry written by an earlier server (another database, a
 * restored backup) must never be read, so each process keys its own.
 */
const generationSlot = Symbol.for("socle.publicPagesCacheGeneration");
const generation = ((globalThis as { [generationSlot]?: string })[generationSlot] ??= randomUUID());

/** The public list of countries (also the sitemap's). */
export async function cachedPublicCountries() {
  const db = await getDb();
  const stamp = await countryListStamp(db);
  return unstable_cache(() => listPublicCountries(db), ["public-countries", generation, stamp], { revalidate: lifetime })();
}

/** A published country's page, or null; a malformed code is refused before it can name a cache entry. */
export async function cachedPublicCountry(code: unknown): Promise<PublicCountry | null> {
  const parsed = countryCodeSchema.safeParse(code);
  if (!parsed.success) return null;
  const countryCode = parsed.data;
  const db = await getDb();
  const stamp = await countryPageStamp(db, countryCode);
  return unstable_cache(() => readPublicCountry(db, countryCode), ["public-country", countryCode, generation, stamp], { revalidate: lifetime })();
}

/** A published country's page in a language the address names, once per request (its metadata and body share it); else a 404. */
export const publishedCountryPage = cache(async (locale: string, code: string) => {
  if (!isLocale(locale)) notFound();
  const country = await cachedPublicCountry(code);
  if (!country) notFound();
  return { locale: locale as Locale, country, name: localized(country.name, locale) };
});
