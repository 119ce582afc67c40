/** A public page's metadata (decision 2200): its title and description, indexed, with its address in every language. */
import "server-only";
import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/locales";
import { inEveryLanguage } from "@/lib/publication/public-paths";
import { publicOrigin } from "./public-origin";

export async function publicMetadata(locale: Locale, path: (locale: Locale) => string, text: { title: string; description: string }): Promise<Metadata> {
  const languages = inEveryLanguage(await publicOrigin(), path);
  return {
    title: text.title,
    description: text.description,
    // The root layout keeps every other page out of search engines.
    robots: { index: true, follow: true },
    alternates: { canonical: languages[locale], languages: { ...languages, "x-default": languages.en } },
    openGraph: { title: text.title, description: text.description, locale, type: "website", url: languages[locale] },
  };
}
