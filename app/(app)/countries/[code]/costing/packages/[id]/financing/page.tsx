import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { formatAmount } from "@/components/costing/figures";
import { CostingBreadcrumb } from "@/components/costing/costing-breadcrumb";
import { FinancingForm } from "@/components/costing/scenarios/financing-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { getCosting } from "@/lib/costing/data/get-costing";
import { financingFormRows } from "@/lib/costing/financing-form";
import { countryFor } from "@/lib/countries/query-countries";
import { setFinancingAction } from "../../../scenario-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; id: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("costingPackages"))("financing.title") };
}

async function CostingPackageFinancingPage({ params }: Props) {
  const { code, id } = await params;
  // Someone who may read but not write the costing gets the page that says so.
  const costing = await loadPage(async ({ db, actor }) => getCosting(db, actor, (await countryFor(db, actor, code, "costing.write")).code));
  // Live packages of this country only: another country's id, or a withdrawn package, is not found here.
  const costingPackage = costing.packages.find((candidate) => candidate.id === id);
  if (!costing.frame || !costingPackage) notFound();
  const [t, format] = await Promise.all([getTranslations("costingPackages"), getFormatter()]);
  const { country, frame } = costing;
  const years = costing.years.map((year) => year.year);
  // A year whose cost the model could not give shows none: the package's page lists why.
  const costs = Object.fromEntries(costingPackage.rows.flatMap((row) => (row.totalCost === null ? [] : [[row.year, formatAmount(format, row.totalCost)]])));

  return (
    <>
      <PageHeader title={t("financing.title")} intro={t("financing.intro", { name: costingPackage.name })}>
        <CostingBreadcrumb country={country} trail={[{ href: `/countries/${country.code}/costing/packages/${costingPackage.id}`, label: costingPackage.name }]} />
      </PageHeader>
      <ClientMessages namespaces={["costingPackages", "costingScenarioRules", "costingRules", "support"]}>
        <FinancingForm
          action={setFinancingAction}
          initial={{ countryCode: country.code, version: costing.version, packageId: costingPackage.id, rows: financingFormRows(years, costingPackage.financing) }}
          currency={frame.currency}
          costs={costs}
        />
      </ClientMessages>
    </>
  );
}

export default withRefusal(CostingPackageFinancingPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
