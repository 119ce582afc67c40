/**
 * The costing across countries (issue 18): each country's latest validated costing the reader may read, every
 * package's share of GDP and cost in its horizon year, with the version and the day of its dialogue.
 */
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { CostingComparisonTable } from "@/components/costing/comparison-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listValidatedCostings } from "@/lib/costing/data/cross-country";
import { can } from "@/lib/permissions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("costingComparison"))("title") };
}

async function CostingComparisonPage() {
  const [t, { costings, mayExport }] = await Promise.all([
    getTranslations("costingComparison"),
    loadPage(async ({ db, actor }) => ({
      costings: await listValidatedCostings(db, actor),
      mayExport: can(actor, "report.export", { countryCode: null }),
    })),
  ]);

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t("assumptions")}</p>
      {costings.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <div className="space-y-4">
          <p className="text-sm">{t("summary", { count: costings.length })}</p>
          <CostingComparisonTable costings={costings} />
          {mayExport ? (
            <p className="text-sm">
              {t("downloads")}: <a href="/exports/costing-comparison.csv">{t("csv")}</a> · <a href="/exports/costing-comparison.xlsx">{t("xlsx")}</a>
            </p>
          ) : null}
        </div>
      )}
    </>
  );
}

export default withRefusal(CostingComparisonPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
