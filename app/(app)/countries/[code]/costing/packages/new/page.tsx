import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { CostingBreadcrumb, countryNameOf } from "@/components/costing/costing-breadcrumb";
import { PackageForm } from "@/components/costing/scenarios/package-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getCosting } from "@/lib/costing/data/get-costing";
import { countryFor } from "@/lib/countries/query-countries";
import { addPackageAction } from "../../scenario-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("costingPackages"))("addTitle") };
}

async function NewCostingPackagePage({ params }: Props) {
  const { code } = await params;
  // Someone who may not write the country's costing gets the page that says so.
  const costing = await loadPage(async ({ db, actor }) => getCosting(db, actor, (await countryFor(db, actor, code, "costing.write")).code));
  const [t, tScenarios] = await Promise.all([getTranslations("costingPackages"), getTranslations("costingScenarios")]);
  const { country } = costing;

  return (
    <>
      <PageHeader title={t("addTitle")} intro={t("addIntro", { country: await countryNameOf(country) })}>
        <CostingBreadcrumb country={country} />
      </PageHeader>
      {costing.frame ? (
        <ClientMessages namespaces={["costingPackages", "costingScenarioRules", "support"]}>
          <PackageForm
            action={addPackageAction}
            mode="add"
            initial={{ countryCode: country.code, name: "", scenarioIds: [] }}
            scenarios={costing.scenarios.map((scenario) => ({ value: scenario.id, label: scenario.name }))}
          />
        </ClientMessages>
      ) : (
        <EmptyState action={<Link href={`/countries/${country.code}/costing/frame`} className={buttonClassName("primary")}>{tScenarios("setFrame")}</Link>}>{tScenarios("noFrame")}</EmptyState>
      )}
    </>
  );
}

export default withRefusal(NewCostingPackagePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
