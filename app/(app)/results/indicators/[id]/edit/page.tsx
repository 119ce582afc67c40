/** A coordinator edits an entry of the indicator catalogue, under its version. */
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage, requirePermission } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CatalogueIndicatorForm } from "@/components/results-across/catalogue-indicator-form";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { notFound } from "@/lib/errors";
import { listIndicators } from "@/lib/results/list-indicators";
import { editCatalogueIndicatorAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** A live catalogue entry (not a country's own indicator, which its country's results pages edit). */
const load = cache((id: string) =>
  loadPage(async ({ db, actor }) => {
    requirePermission(actor, "indicator.catalogue");
    const indicator = (await listIndicators(db, actor)).find((entry) => entry.id === id && entry.countryCode === null);
    if (!indicator) throw notFound();
    return indicator;
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await load((await params).id);
  return { title: (await getTranslations("indicatorCatalogue"))("editTitle", { code }) };
}

async function EditCatalogueIndicatorPage({ params }: Props) {
  const indicator = await load((await params).id);
  const t = await getTranslations("indicatorCatalogue");
  const { id, version, code, name, unit, direction, sexBreakdown, custodian } = indicator;
  return (
    <>
      <PageHeader title={t("editTitle", { code })}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href="/results/indicators">{t("title")}</Link>
        </nav>
      </PageHeader>
      <Card>
        <ClientMessages namespaces={["indicatorCatalogue", "languages", "resultsRules"]}>
          <CatalogueIndicatorForm action={editCatalogueIndicatorAction} indicator={{ id, version, code, name, unit, direction, sexBreakdown, custodian }} />
        </ClientMessages>
      </Card>
    </>
  );
}

export default withRefusal(EditCatalogueIndicatorPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
