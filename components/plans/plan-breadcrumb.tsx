/** Where a plan page sits: the country, its plan (left out on the plan page itself), each a link. */
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import type { LocalizedText } from "@/db/schema/values";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

export async function PlanBreadcrumb({ country, onPlan = false }: { country: { code: string; name: LocalizedText }; onPlan?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("plans"), getLocale()]);
  const links = [
    { href: `/countries/${country.code}`, label: localized(country.name, locale as Locale) },
    ...(onPlan ? [] : [{ href: `/countries/${country.code}/plan`, label: t("title") }]),
  ];
  return <Breadcrumb label={t("breadcrumb")} links={links} />;
}
