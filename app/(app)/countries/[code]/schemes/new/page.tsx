import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { SchemeForm } from "@/components/assessment/scheme-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { blankScheme } from "@/lib/assessment/blank-scheme";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { addSchemeAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schemes"))("addTitle") };
}

async function NewSchemePage({ params }: Props) {
  const { code } = await params;
  // Someone who may not write the country's inventory gets the page that says so.
  const country = await loadPage(({ db, actor }) => countryFor(db, actor, code, "scheme.write"));
  const [t, locale] = await Promise.all([getTranslations("schemes"), getLocale()]);
  const countryName = localized(country.name, locale as Locale);

  return (
    <>
      <PageHeader title={t("addTitle")} intro={t("addIntro", { country: countryName })}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${country.code}`}>{countryName}</Link> › <Link href={`/countries/${country.code}/schemes`}>{t("title")}</Link>
        </nav>
      </PageHeader>
      <ClientMessages namespaces={["schemes", "schemeRules", "support"]}>
        <SchemeForm action={addSchemeAction} mode="add" currencies={Intl.supportedValuesOf("currency")} initial={{ ...blankScheme, countryCode: country.code }} />
      </ClientMessages>
    </>
  );
}

export default withRefusal(NewSchemePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
