/** Where a results page sits: the country, its results, and the followed indicator it belongs to, each a link. */
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import type { LocalizedText } from "@/db/schema/values";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

export async function ResultsBreadcrumb({
  country,
  trail = [],
  onResults = false,
}: {
  country: { code: string; name: LocalizedText };
  trail?: { href: string; label: string }[];
  /** On the results page itself, which the trail then leaves out. */
  onResults?: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("countryResults"), getLocale()]);
  const links = [
    { href: `/countries/${country.code}`, label: localized(country.name, locale as Locale) },
    ...(onResults ? [] : [{ href: `/countries/${country.code}/results`, label: t("title") }]),
    ...trail,
  ];
  return <Breadcrumb label={t("breadcrumb")} links={links} />;
}
