import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PlanBreadcrumb } from "@/components/plans/plan-breadcrumb";
import { StepPlansForm } from "@/components/plans/step-plans-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { titleText } from "@/lib/i18n/localized";
import { getCountryPlan } from "@/lib/plans/get-country-plan";
import { setStepPlansAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans.steps"))("title") };
}

/** Every step's planned dates in one form, for those who keep the country's plan (others get the page that says they may not). */
async function PlanStepsPage({ params }: Props) {
  const { code } = await params;
  const { country, plan } = await loadPage(async ({ db, actor }) => {
    const country = await countryFor(db, actor, code, "plan.write");
    return { country, plan: await getCountryPlan(db, actor, country.code) };
  });
  const [t, locale] = await Promise.all([getTranslations("plans.steps"), getLocale() as Promise<Locale>]);
  const rows = plan.steps.map((step, index) => ({
    countryStepId: step.countryStepId,
    number: index + 1,
    title: titleText(step.title, locale),
    version: step.planVersion,
    plannedStart: step.plannedStart ?? "",
    plannedEnd: step.plannedEnd ?? "",
  }));

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        <PlanBreadcrumb country={country} />
      </PageHeader>
      {rows.length === 0 ? (
        <EmptyState>{t("noSteps")}</EmptyState>
      ) : (
        <ClientMessages namespaces={["plans", "support"]}>
          <StepPlansForm action={setStepPlansAction} countryCode={country.code} rows={rows} />
        </ClientMessages>
      )}
    </>
  );
}

export default withRefusal(PlanStepsPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
