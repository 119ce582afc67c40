import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { CostingHistory } from "@/components/costing/scenarios/costing-history";
import { EmptyState } from "@/components/ui/empty-state";
import { CostingBreadcrumb } from "@/components/costing/costing-breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { costingReadable } from "@/lib/costing/data/get-costing";
import { listCostingHistory } from "@/lib/costing/data/history";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("costing"))("historyLink") };
}

/** Every change of a country's costing, its scenarios and its packages, newest first, a page at a time. */
async function CostingHistoryPage({ params, searchParams }: Props) {
  const [{ code }, { page }] = await Promise.all([params, searchParams]);
  const { country, history } = await loadPage(async ({ db, actor }) => {
    const country = await countryFor(db, actor, code);
    if (!(await costingReadable(db, actor, country.code)).readable) return { country, history: null };
    return { country, history: await listCostingHistory(db, actor, { countryCode: country.code, page }) };
  });
  const [t, locale] = await Promise.all([getTranslations("costing"), getLocale()]);
  const countryName = localized(country.name, locale as Locale);
  const base = `/countries/${country.code}/costing`;
  return (
    <>
      <PageHeader title={t("historyTitle", { country: countryName })}>
        <CostingBreadcrumb country={country} />
      </PageHeader>
      {history ? <CostingHistory history={history} pageHref={(number) => `${base}/history?page=${number}`} /> : <EmptyState>{t("keptFromReader")}</EmptyState>}
    </>
  );
}

export default withRefusal(CostingHistoryPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
