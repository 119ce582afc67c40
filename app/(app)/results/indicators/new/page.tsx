/** A coordinator adds an entry to the indicator catalogue: an SDG 1.3.1 series or an SPF Flagship result. */
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadPage, requirePermission } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CatalogueIndicatorForm } from "@/components/results-across/catalogue-indicator-form";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { addCatalogueIndicatorAction } from "../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("indicatorCatalogue"))("addTitle") };
}

async function NewCatalogueIndicatorPage() {
  await loadPage(async ({ actor }) => requirePermission(actor, "indicator.catalogue"));
  const t = await getTranslations("indicatorCatalogue");
  return (
    <>
      <PageHeader title={t("addTitle")} intro={t("addIntro")}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href="/results/indicators">{t("title")}</Link>
        </nav>
      </PageHeader>
      <Card>
        <ClientMessages namespaces={["indicatorCatalogue", "languages", "resultsRules"]}>
          <CatalogueIndicatorForm action={addCatalogueIndicatorAction} />
        </ClientMessages>
      </Card>
    </>
  );
}

export default withRefusal(NewCatalogueIndicatorPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
