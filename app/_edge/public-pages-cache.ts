/**
 * The public pages' data, kept in Next's data cache (they are read far more than written, from slow connections)
 * and refreshed when a write touches them: the edges every write passes through (form-action.ts, api-route.ts) note
 * the latest audit entry before the change and refresh the pages of the countries recorded after it (decision 2200).
 * An hour's lifetime is the net under a write that reaches the database some other way.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { revalidateTag, unstable_cache } from "next/cache";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import type { Queryable } from "@/db/engine";
import { latestAuditId, publicPagesTouchedSince } from "@/lib/publication/changed-countries";
import { listPublicCountries, type PublicCountry, readPublicCountry } from "@/lib/publication/read-public-country";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { countryCodeSchema } from "@/lib/validation/countries";

const everyPublicPage = "public-pages";
const countryListTag = "public-countries";
const countryTag = (code: string) => `public-country:${code}`;
const lifetime = 3600;

/**
 * Next keeps its data cache on disk across restarts, while the tags it expired are this process's to know: an entry
 * written by an earlier server (another database, a restored backup) must never be read. Each process keys its own.
 */
const generationSlot = Symbol.for("socle.publicPagesCacheGeneration");
const generation = ((globalThis as { [generationSlot]?: string })[generationSlot] ??= randomUUID());

/** The public list of countries (also the sitemap's). */
export const cachedPublicCountries = unstable_cache(async () => listPublicCountries(await getDb()), ["public-countries", generation], {
  tags: [everyPublicPage, countryListTag],
  revalidate: lifetime,
});

/** A published country's page, or null; a malformed code is refused before it can name a cache entry. */
export async function cachedPublicCountry(code: unknown): Promise<PublicCountry | null> {
  const parsed = countryCodeSchema.safeParse(code);
  if (!parsed.success) return null;
  const countryCode = parsed.data;
  return unstable_cache(async () => readPublicCountry(await getDb(), countryCode), ["public-country", countryCode, generation], {
    tags: [everyPublicPage, countryTag(countryCode)],
    revalidate: lifetime,
  })();
}

/** Where a write starts: the latest audit entry, to compare with once it is done. */
/** A published country's page in a language the address names, once per request (its metadata and body share it); else a 404. */
export const publishedCountryPage = cache(async (locale: string, code: string) => {
  if (!isLocale(locale)) notFound();
  const country = await cachedPublicCountry(code);
  if (!country) notFound();
  return { locale: locale as Locale, country, name: localized(country.name, locale) };
});

export const publicPagesMark = latestAuditId;

/** After a write: the pages of the countries it recorded changes for expire at once (and the list with them). */
export async function refreshPublicPages(db: Queryable, mark: number): Promise<void> {
  try {
    const touched = await publicPagesTouchedSince(db, mark);
    const expireNow = { expire: 0 };
    if (touched.everyPage) revalidateTag(everyPublicPage, expireNow);
    for (const code of touched.countryCodes) revalidateTag(countryTag(code), expireNow);
    if (touched.countryCodes.length > 0) revalidateTag(countryListTag, expireNow);
  } catch (error) {
    // The write itself succeeded; a page then stays as it was for at most its lifetime.
    console.error("Public pages not refreshed after a write", error);
  }
}
