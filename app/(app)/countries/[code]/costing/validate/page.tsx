import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ValidateCostingForm } from "@/components/costing/validate-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { milestoneOptions } from "@/components/dialogue/milestone-options";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { CostingBreadcrumb } from "@/components/costing/costing-breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { getCosting } from "@/lib/costing/data/get-costing";
import { countryFor } from "@/lib/countries/query-countries";
import { dialogueMilestoneChoices } from "@/lib/progress/dialogue-versions";
import { validateCostingAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("costing.validate"))("title") };
}

async function ValidateCostingPage({ params }: Props) {
  const { code } = await params;
  // Someone who may not write the country's costing gets the page that says so.
  const { country, costing, milestones } = await loadPage(async ({ db, actor }) => {
    const country = await countryFor(db, actor, code, "costing.write");
    const [costing, milestones] = await Promise.all([getCosting(db, actor, country.code), dialogueMilestoneChoices(db, country.code)]);
    return { country, costing, milestones };
  });
  const [t, tCosting, format] = await Promise.all([getTranslations("costing.validate"), getTranslations("costing"), getFormatter()]);
  const base = `/countries/${country.code}/costing`;
  const choices = milestoneOptions(format, milestones);

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        <CostingBreadcrumb country={country} />
      </PageHeader>
      {costing.scenarios.length === 0 ? (
        <EmptyState action={<Link href={base}>{tCosting("title")}</Link>}>{t("nothingToValidate")}</EmptyState>
      ) : choices.length === 0 ? (
        <EmptyState action={<Link href={`/countries/${country.code}`}>{t("logMilestone")}</Link>}>{t("noMilestone")}</EmptyState>
      ) : (
        <>
          <p className="mb-4 max-w-3xl text-sm text-slate-700">
            {t("whatIsFrozen", { scenarios: costing.scenarios.length, packages: costing.packages.length })}
          </p>
          <ClientMessages namespaces={["costing", "costingRules"]}>
            <ValidateCostingForm action={validateCostingAction} countryCode={country.code} version={costing.version} milestones={choices} />
          </ClientMessages>
        </>
      )}
    </>
  );
}

export default withRefusal(ValidateCostingPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
