import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { CostingBreadcrumb } from "@/components/costing/costing-breadcrumb";
import { recommendationOptions } from "@/components/costing/scenarios/recommendation-options";
import { ScenarioForm } from "@/components/costing/scenarios/scenario-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { getCostingScenario } from "@/lib/costing/data/get-scenario";
import { listCostableRecommendations } from "@/lib/costing/data/recommendation-choices";
import { countryFor } from "@/lib/countries/query-countries";
import { editScenarioAction } from "../../../scenario-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; id: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("costingScenarios"))("editTitle") };
}

async function EditCostingScenarioPage({ params }: Props) {
  const { code, id } = await params;
  const { country, view, recommendations } = await loadPage(async ({ db, actor }) => {
    // Someone who may read but not write the costing gets the page that says so.
    const country = await countryFor(db, actor, code, "costing.write");
    const view = await getCostingScenario(db, actor, country.code, id);
    // A withdrawn scenario is restored before it is edited.
    if (view.scenario.withdrawn) notFound();
    return { country, view, recommendations: await listCostableRecommendations(db, actor, country.code) };
  });
  const t = await getTranslations("costingScenarios");
  const { scenario, frame } = view;
  const { withdrawn: _withdrawn, ...initial } = view.form;
  const choices = recommendationOptions(recommendations, {
    id: scenario.recommendationId,
    statement: view.recommendation?.statement ?? null,
    label: (statement) => t("form.linkedNoLonger", { statement }),
    hidden: t("form.linkedHidden"),
  });

  return (
    <>
      <PageHeader title={t("editTitle")} intro={t("editIntro")}>
        <CostingBreadcrumb country={country} trail={[{ href: `/countries/${country.code}/costing/scenarios/${scenario.id}`, label: scenario.name }]} />
      </PageHeader>
      <ClientMessages namespaces={["costingScenarios", "costingScenarioRules", "costingRules", "support"]}>
        <ScenarioForm
          action={editScenarioAction}
          mode="edit"
          initial={initial}
          frame={{ currency: frame.currency, baseYear: frame.baseYear, horizonYear: frame.horizonYear }}
          recommendations={choices}
        />
      </ClientMessages>
    </>
  );
}

export default withRefusal(EditCostingScenarioPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
