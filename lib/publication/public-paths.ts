/** The addresses of the public pages (decision 2200): the language in the path, one language per address. */
import { type Locale, locales } from "@/lib/i18n/locales";

export const publicListPath = (locale: Locale) => `/public/${locale}`;
export const publicCountryPath = (locale: Locale, code: string) => `/public/${locale}/countries/${code}`;
export const publicEmbedPath = (locale: Locale, code: string) => `${publicCountryPath(locale, code)}/embed`;
export const publicEvidencePath = (evidenceId: string) => `/public/evidence/${evidenceId}`;

/** The same page in every language, for hreflang alternates and the sitemap. */
export function inEveryLanguage(origin: string, path: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(locales.map((locale) => [locale, `${origin}${path(locale)}`])) as Record<Locale, string>;
}

/** The `<iframe>` another site pastes to show a country's progress chart. */
export function embedSnippet(origin: string, locale: Locale, code: string, title: string): string {
  const escaped = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${origin}${publicEmbedPath(locale, code)}" title="${escaped}" width="640" height="260" style="border:0" loading="lazy"></iframe>`;
}
