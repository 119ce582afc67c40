import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PlanBreadcrumb } from "@/components/plans/plan-breadcrumb";
import { PlannedMilestoneForm } from "@/components/plans/planned-milestone-form";
import { PageHeader } from "@/components/ui/page-header";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { titleText } from "@/lib/i18n/localized";
import { getCountryPlan } from "@/lib/plans/get-country-plan";
import { editPlannedMilestoneAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; id: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans.plannedMilestone"))("editTitle") };
}

/** Changes a live planned milestone (a withdrawn one is restored from the plan page first). */
async function EditPlannedMilestonePage({ params }: Props) {
  const { code, id } = await params;
  const { country, plan } = await loadPage(async ({ db, actor }) => {
    const country = await countryFor(db, actor, code, "plan.write");
    return { country, plan: await getCountryPlan(db, actor, country.code) };
  });
  const [t, locale] = await Promise.all([getTranslations("plans.plannedMilestone"), getLocale() as Promise<Locale>]);
  const step = plan.steps.find((one) => one.plannedMilestones.some((milestone) => milestone.id === id && !milestone.withdrawn));
  const milestone = step?.plannedMilestones.find((one) => one.id === id);
  if (!step || !milestone) notFound();

  return (
    <>
      <PageHeader title={t("editTitle")} intro={`${plan.steps.indexOf(step) + 1}. ${titleText(step.title, locale)}`}>
        <PlanBreadcrumb country={country} />
      </PageHeader>
      <ClientMessages namespaces={["plans", "sharing", "support"]}>
        <PlannedMilestoneForm
          action={editPlannedMilestoneAction}
          mode="edit"
          steps={[]}
          initial={{
            id: milestone.id,
            version: String(milestone.version),
            title: milestone.title,
            description: milestone.description,
            expectedOn: milestone.expectedOn,
            sharingLevel: milestone.sharingLevel,
          }}
        />
      </ClientMessages>
    </>
  );
}

export default withRefusal(EditPlannedMilestonePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
