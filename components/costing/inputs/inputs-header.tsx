/** The header of each costing input screen: its title and introduction under the way back (country › costing › …). */
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import type { LocalizedText } from "@/db/schema/values";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

export async function InputsHeader({
  country,
  title,
  intro,
  trail = [],
}: {
  country: { code: string; name: LocalizedText };
  title: string;
  intro?: ReactNode;
  /** Pages between the costing and this one (the population page, above a year's). */
  trail?: { href: string; label: string }[];
}) {
  const [t, locale] = await Promise.all([getTranslations("costingInputs"), getLocale()]);
  const base = `/countries/${country.code}`;
  return (
    <PageHeader title={title} intro={intro}>
      <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
        <Link href={base}>{localized(country.name, locale as Locale)}</Link> › <Link href={`${base}/costing`}>{t("costing")}</Link>
        {trail.map((step) => (
          <span key={step.href}>
            {" › "}
            <Link href={step.href}>{step.label}</Link>
          </span>
        ))}
      </nav>
    </PageHeader>
  );
}

/** What an input screen shows before the costing's frame is set: the frame comes first, with the way to it for writers. */
export async function FrameFirst({ countryCode, mayWrite }: { countryCode: string; mayWrite: boolean }) {
  const t = await getTranslations("costingInputs");
  const action = mayWrite ? (
    <Link href={`/countries/${countryCode}/costing/frame`} className={buttonClassName()}>
      {t("frameFirstLink")}
    </Link>
  ) : undefined;
  return <EmptyState action={action}>{mayWrite ? t("frameFirst") : t("noCostingYet")}</EmptyState>;
}
