import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { CostingBreadcrumb } from "@/components/costing/costing-breadcrumb";
import { PackageForm } from "@/components/costing/scenarios/package-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { getCosting } from "@/lib/costing/data/get-costing";
import { listWithdrawnCostingScenarios } from "@/lib/costing/data/get-scenario";
import { countryFor } from "@/lib/countries/query-countries";
import { editPackageAction } from "../../../scenario-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; id: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("costingPackages"))("editTitle") };
}

async function EditCostingPackagePage({ params }: Props) {
  const { code, id } = await params;
  const { costing, withdrawn } = await loadPage(async ({ db, actor }) => {
    // Someone who may read but not write the costing gets the page that says so.
    const country = await countryFor(db, actor, code, "costing.write");
    return { costing: await getCosting(db, actor, country.code), withdrawn: await listWithdrawnCostingScenarios(db, actor, country.code) };
  });
  // Live packages of this country only: another country's id, or a withdrawn package, is not found here.
  const costingPackage = costing.packages.find((candidate) => candidate.id === id);
  if (!costingPackage) notFound();
  const t = await getTranslations("costingPackages");
  const { country } = costing;
  // A withdrawn scenario the package still holds stays offered, ticked, so saving keeps it (decision 1820).
  const held = withdrawn.filter((scenario) => costingPackage.scenarioIds.includes(scenario.id));
  const scenarios = [
    ...costing.scenarios.map((scenario) => ({ value: scenario.id, label: scenario.name })),
    ...held.map((scenario) => ({ value: scenario.id, label: t("form.withdrawnScenario", { name: scenario.name }) })),
  ];

  return (
    <>
      <PageHeader title={t("editTitle")} intro={t("editIntro")}>
        <CostingBreadcrumb country={country} trail={[{ href: `/countries/${country.code}/costing/packages/${costingPackage.id}`, label: costingPackage.name }]} />
      </PageHeader>
      <ClientMessages namespaces={["costingPackages", "costingScenarioRules", "support"]}>
        <PackageForm
          action={editPackageAction}
          mode="edit"
          initial={{ id: costingPackage.id, version: costingPackage.version, name: costingPackage.name, scenarioIds: costingPackage.scenarioIds }}
          scenarios={scenarios}
        />
      </ClientMessages>
    </>
  );
}

export default withRefusal(EditCostingPackagePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
