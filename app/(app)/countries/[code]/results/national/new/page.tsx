import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NationalIndicatorForm } from "@/components/results/national-indicator-form";
import { ResultsBreadcrumb } from "@/components/results/results-breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { addNationalIndicatorAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("countryResults.national"))("title") };
}

async function NewNationalIndicatorPage({ params }: Props) {
  const { code } = await params;
  // Someone who may not write the country's results gets the page that says so.
  const country = await loadPage(({ db, actor }) => countryFor(db, actor, code, "results.write"));
  const [t, locale] = await Promise.all([getTranslations("countryResults.national"), getLocale()]);

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { country: localized(country.name, locale as Locale) })}>
        <ResultsBreadcrumb country={country} />
      </PageHeader>
      <ClientMessages namespaces={["countryResults", "resultsRules", "languages"]}>
        <NationalIndicatorForm action={addNationalIndicatorAction} countryCode={country.code} locale={locale as Locale} />
      </ClientMessages>
    </>
  );
}

export default withRefusal(NewNationalIndicatorPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
