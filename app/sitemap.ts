/** The public pages for search engines (decision 2200): the list and each published country, in the four languages. */
import type { MetadataRoute } from "next";
import { cachedPublicCountries } from "@/app/_edge/public-pages-cache";
import { publicOrigin } from "@/app/_edge/public-origin";
import { locales } from "@/lib/i18n/locales";
import { inEveryLanguage, publicCountryPath, publicListPath } from "@/lib/publication/public-paths";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [origin, countries] = await Promise.all([publicOrigin(), cachedPublicCountries()]);
  const pages = [publicListPath, ...countries.filter((country) => country.published).map((country) => (locale: (typeof locales)[number]) => publicCountryPath(locale, country.code))];
  return pages.flatMap((path) => {
    const languages = inEveryLanguage(origin, path);
    return locales.map((locale) => ({ url: languages[locale], alternates: { languages } }));
  });
}
