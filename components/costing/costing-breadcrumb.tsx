/** Where a costing page sits: the country, its costing, and the scenario or package it belongs to, each a link. */
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import type { LocalizedText } from "@/db/schema/values";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

export async function CostingBreadcrumb({ country, trail = [] }: { country: { code: string; name: LocalizedText }; trail?: { href: string; label: string }[] }) {
  const [t, locale] = await Promise.all([getTranslations("costingScenarios"), getLocale()]);
  const links = [
    { href: `/countries/${country.code}`, label: localized(country.name, locale as Locale) },
    { href: `/countries/${country.code}/costing`, label: t("costing") },
    ...trail,
  ];
  return <Breadcrumb label={t("breadcrumb")} links={links} />;
}

/** The country's name in the reader's language, for a page's introduction. */
export async function countryNameOf(country: { name: LocalizedText }): Promise<string> {
  return localized(country.name, (await getLocale()) as Locale);
}
