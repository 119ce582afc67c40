import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { PlanBreadcrumb } from "@/components/plans/plan-breadcrumb";
import { PlanHistory } from "@/components/plans/plan-history";
import { PageHeader } from "@/components/ui/page-header";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getPlanHistory } from "@/lib/plans/plan-history";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("historyLink") };
}

/** Every change of a country's plan, newest first, a page at a time. */
async function PlanHistoryPage({ params, searchParams }: Props) {
  const [{ code }, { page }] = await Promise.all([params, searchParams]);
  const { country, history } = await loadPage(async ({ db, actor }) => {
    const country = await countryFor(db, actor, code);
    return { country, history: await getPlanHistory(db, actor, { countryCode: country.code, page }) };
  });
  const [t, locale] = await Promise.all([getTranslations("plans.history"), getLocale()]);
  return (
    <>
      <PageHeader title={t("title", { country: localized(country.name, locale as Locale) })}>
        <PlanBreadcrumb country={country} />
      </PageHeader>
      <PlanHistory history={history} pageHref={(number) => `/countries/${country.code}/plan/history?page=${number}`} />
    </>
  );
}

export default withRefusal(PlanHistoryPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
