import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BaselineForm } from "@/components/plans/baseline-form";
import { BaselineList } from "@/components/plans/baseline-list";
import { PlanBreadcrumb } from "@/components/plans/plan-breadcrumb";
import { PlannedMilestoneList } from "@/components/plans/planned-milestone-list";
import { RoadmapChart } from "@/components/plans/roadmap-chart";
import { hasPlannedSteps } from "@/components/plans/roadmap-data";
import { roadmapOf } from "@/components/plans/roadmap-of";
import { RoadmapTable } from "@/components/plans/roadmap-table";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Select } from "@/components/ui/field";
import { Link } from "@/components/ui/link";
import { Options } from "@/components/ui/options";
import { PageHeader } from "@/components/ui/page-header";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized, titleText } from "@/lib/i18n/localized";
import { can } from "@/lib/permissions";
import { getCountryPlan } from "@/lib/plans/get-country-plan";
import { listBaselines } from "@/lib/plans/list-baselines";
import { listWithdrawnPlannedMilestones } from "@/lib/plans/list-withdrawn-planned-milestones";
import { restoreBaselineAction, restorePlannedMilestoneAction, saveBaselineAction, withdrawBaselineAction, withdrawPlannedMilestoneAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((code: string, baseline: string | undefined) =>
  loadPage(async ({ db, actor }) => {
    const country = await countryFor(db, actor, code);
    const baselines = await listBaselines(db, actor, country.code);
    // Only a live baseline of this country is compared with; any other value shows the plan alone and says so.
    const chosen = baselines.find((candidate) => candidate.id === baseline && !candidate.withdrawn);
    const writes = can(actor, "plan.write", { countryCode: country.code });
    const [plan, withdrawn] = await Promise.all([
      getCountryPlan(db, actor, country.code, { baselineId: chosen?.id }),
      writes ? listWithdrawnPlannedMilestones(db, actor, country.code) : [],
    ]);
    return { actor, country, baselines, plan, withdrawn, writes, unknownBaseline: Boolean(baseline) && !chosen };
  }),
);

async function pageMetadata({ params, searchParams }: Props): Promise<Metadata> {
  // The page's own load (with its baseline), so that both share one.
  const { country } = await load((await params).code, (await searchParams).baseline);
  const [t, locale] = await Promise.all([getTranslations("plans"), getLocale()]);
  return { title: t("countryTitle", { country: localized(country.name, locale as Locale) }) };
}

const doneMessages = ["planned", "milestoneAdded", "milestoneSaved", "milestoneWithdrawn", "milestoneRestored", "baselineSaved", "baselineWithdrawn", "baselineRestored"] as const;

async function CountryPlanPage({ params, searchParams }: Props) {
  const [{ code }, { baseline, done }] = await Promise.all([params, searchParams]);
  const { actor, country, baselines, plan, withdrawn, writes, unknownBaseline } = await load(code, baseline);
  const [t, format, locale] = await Promise.all([getTranslations("plans"), getFormatter(), getLocale() as Promise<Locale>]);
  const countryName = localized(country.name, locale);
  const base = `/countries/${country.code}/plan`;
  const roadmap = roadmapOf(plan, locale);
  const live = baselines.filter((candidate) => !candidate.withdrawn);
  const logs = can(actor, "milestone.log", { countryCode: country.code });
  const versions = new Map(plan.steps.flatMap((step) => step.plannedMilestones.map((milestone) => [milestone.id, milestone.version] as const)));

  return (
    <>
      <PageHeader
        title={t("countryTitle", { country: countryName })}
        intro={t("intro")}
        actions={
          <span className="flex flex-wrap gap-2 print:hidden">
            {writes ? (
              <>
                <Link href={`${base}/steps`} className={buttonClassName("primary")}>
                  {t("planStepsLink")}
                </Link>
                <Link href={`${base}/milestones/new`} className={buttonClassName("secondary")}>
                  {t("addMilestoneLink")}
                </Link>
              </>
            ) : null}
            <Link href={`${base}/history`} className={buttonClassName("secondary")}>
              {t("historyLink")}
            </Link>
          </span>
        }
      >
        <PlanBreadcrumb country={country} onPlan />
      </PageHeader>
      <DoneNotice done={done} known={doneMessages} message={(key) => t(`done.${key}`)} />
      {live.length > 0 ? (
        <form method="get" action={base} className="mb-6 rounded-lg border border-slate-200 bg-white p-4 print:hidden" aria-label={t("compare.legend")}>
          <div className="flex flex-wrap items-end gap-3">
            <Field id="plan-baseline" label={t("compare.label")} hint={t("compare.hint")}>
              <Select name="baseline" defaultValue={plan.baseline?.id ?? ""} className="sm:w-80">
                <Options
                  blank={t("compare.none")}
                  choices={live.map((candidate) => ({ value: candidate.id, label: `${candidate.name} (${format.dateTime(candidate.createdAt, { dateStyle: "medium" })})` }))}
                />
              </Select>
            </Field>
            <Button type="submit" variant="secondary">
              {t("compare.submit")}
            </Button>
          </div>
        </form>
      ) : null}
      {unknownBaseline ? (
        <div className="mb-4">
          <Alert>{t("compare.unknown")}</Alert>
        </div>
      ) : null}
      <section aria-labelledby="roadmap" className="print:w-full">
        <h2 id="roadmap" className="sr-only">
          {t("chartTitle", { country: countryName })}
        </h2>
        {plan.baseline ? (
          <p className="mb-2 text-sm text-slate-700" data-testid="comparing">
            {t("compare.comparing", { name: plan.baseline.name, date: format.dateTime(plan.baseline.createdAt, { dateStyle: "medium" }) })}
          </p>
        ) : null}
        {hasPlannedSteps(roadmap) ? (
          <>
            <RoadmapChart id="roadmap-chart" title={t("chartTitle", { country: countryName })} roadmap={roadmap} />
            <RoadmapTable
              caption={t("tableCaption", { country: countryName })}
              roadmap={roadmap}
              countryCode={country.code}
              logHref={logs ? (stepId, plannedMilestoneId) => `/countries/${country.code}/steps/${stepId}?plannedMilestone=${plannedMilestoneId}#log-milestone-heading` : undefined}
            />
          </>
        ) : (
          <EmptyState action={writes ? <Link href={`${base}/steps`}>{t("planStepsLink")}</Link> : undefined}>{writes ? t("notPlannedYetWriter") : t("notPlannedYet")}</EmptyState>
        )}
      </section>
      {writes ? (
        <PlannedMilestoneList
          roadmap={roadmap}
          versions={versions}
          withdrawn={withdrawn.map((milestone) => ({ ...milestone, stepTitle: titleText(milestone.stepTitle, locale) }))}
          countryCode={country.code}
          withdrawAction={withdrawPlannedMilestoneAction}
          restoreAction={restorePlannedMilestoneAction}
        />
      ) : null}
      <section aria-labelledby="baselines" className="mt-10 print:hidden">
        <h2 id="baselines" className="mb-1 text-lg font-semibold">
          {t("baselines.title")}
        </h2>
        <p className="mb-3 max-w-3xl text-sm text-slate-600">{t("baselines.intro")}</p>
        <BaselineList baselines={baselines} countryCode={country.code} actions={writes ? { withdraw: withdrawBaselineAction, restore: restoreBaselineAction } : undefined} />
        {writes ? (
          <div className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h3 className="mb-3 font-semibold">{t("baselines.save")}</h3>
            <ClientMessages namespaces={["plans"]}>
              <BaselineForm action={saveBaselineAction} countryCode={country.code} />
            </ClientMessages>
          </div>
        ) : null}
      </section>
    </>
  );
}

export default withRefusal(CountryPlanPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
