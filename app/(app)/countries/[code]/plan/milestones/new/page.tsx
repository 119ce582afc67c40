import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PlanBreadcrumb } from "@/components/plans/plan-breadcrumb";
import { PlannedMilestoneForm } from "@/components/plans/planned-milestone-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { titleText } from "@/lib/i18n/localized";
import { getCountryPlan } from "@/lib/plans/get-country-plan";
import { addPlannedMilestoneAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans.plannedMilestone"))("newTitle") };
}

/** Plans a milestone ahead on one of the country's steps (`?step=<id>` chooses it). */
async function NewPlannedMilestonePage({ params, searchParams }: Props) {
  const [{ code }, { step }] = await Promise.all([params, searchParams]);
  const { country, plan } = await loadPage(async ({ db, actor }) => {
    const country = await countryFor(db, actor, code, "plan.write");
    return { country, plan: await getCountryPlan(db, actor, country.code) };
  });
  const [t, locale] = await Promise.all([getTranslations("plans.plannedMilestone"), getLocale() as Promise<Locale>]);
  const steps = plan.steps.map((one, index) => ({ id: one.countryStepId, label: `${index + 1}. ${titleText(one.title, locale)}` }));
  const chosen = steps.some((one) => one.id === step) ? step! : (steps[0]?.id ?? "");

  return (
    <>
      <PageHeader title={t("newTitle")} intro={t("intro")}>
        <PlanBreadcrumb country={country} />
      </PageHeader>
      {steps.length === 0 ? (
        <EmptyState>{t("noSteps")}</EmptyState>
      ) : (
        <ClientMessages namespaces={["plans", "sharing", "support"]}>
          <PlannedMilestoneForm
            action={addPlannedMilestoneAction}
            mode="add"
            steps={steps}
            initial={{ countryCode: country.code, countryStepId: chosen, title: "", description: "", expectedOn: "", sharingLevel: "country" }}
          />
        </ClientMessages>
      )}
    </>
  );
}

export default withRefusal(NewPlannedMilestonePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
