import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { CostingBreadcrumb, countryNameOf } from "@/components/costing/costing-breadcrumb";
import { recommendationOptions } from "@/components/costing/scenarios/recommendation-options";
import { ScenarioForm, type ScenarioFormStart } from "@/components/costing/scenarios/scenario-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { costingReadable } from "@/lib/costing/data/get-costing";
import { listCostableRecommendations } from "@/lib/costing/data/recommendation-choices";
import { countryFor } from "@/lib/countries/query-countries";
import { addScenarioAction } from "../../scenario-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("costingScenarios"))("addTitle") };
}

async function NewCostingScenarioPage({ params, searchParams }: Props) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  // Someone who may not write the country's costing gets the page that says so.
  const { country, costing, recommendations } = await loadPage(async ({ db, actor }) => {
    const country = await countryFor(db, actor, code, "costing.write");
    const { costing } = await costingReadable(db, actor, country.code);
    return { country, costing, recommendations: costing ? await listCostableRecommendations(db, actor, country.code) : [] };
  });
  const t = await getTranslations("costingScenarios");
  const header = (
    <PageHeader title={t("addTitle")} intro={t("addIntro", { country: await countryNameOf(country) })}>
      <CostingBreadcrumb country={country} />
    </PageHeader>
  );
  if (!costing) {
    return (
      <>
        {header}
        <EmptyState action={<Link href={`/countries/${country.code}/costing/frame`} className={buttonClassName("primary")}>{t("setFrame")}</Link>}>{t("noFrame")}</EmptyState>
      </>
    );
  }
  // `?recommendation=<id>` from a recommendation's page starts the form on it, when it may be costed.
  const preselected = recommendations.find((recommendation) => recommendation.id === query.recommendation)?.id ?? "";
  const initial: ScenarioFormStart = {
    countryCode: country.code,
    name: "",
    recommendationId: preselected,
    targetKind: "ages",
    ageFrom: "",
    ageTo: "",
    sex: "all",
    eligibleShare: "100",
    benefitKind: "monthly_amount",
    benefitAmount: "",
    indexation: "inflation",
    benefitShare: "",
    takeUpStart: "",
    takeUpTarget: "",
    takeUpYear: String(costing.horizonYear),
    administrativeConvention: "on_top_of_benefits",
    administrativeRate: "",
  };

  return (
    <>
      {header}
      <ClientMessages namespaces={["costingScenarios", "costingScenarioRules", "costingRules", "support"]}>
        <ScenarioForm action={addScenarioAction} mode="add" initial={initial} frame={{ currency: costing.currency, baseYear: costing.baseYear, horizonYear: costing.horizonYear }} recommendations={recommendationOptions(recommendations)} />
      </ClientMessages>
    </>
  );
}

export default withRefusal(NewCostingScenarioPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
