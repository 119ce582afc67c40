import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { CountryFacts } from "@/components/countries/country-facts";
import { StepStatusBadge } from "@/components/countries/status-badges";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ReviewStateBadge } from "@/components/review/review-state-badge";
import { MilestoneList } from "@/components/milestones/milestone-list";
import { AddNationalStepForm } from "@/components/progress/add-national-step-form";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import { localized, titleText } from "@/lib/i18n/localized";
import { can } from "@/lib/permissions";
import { getCountryWorkspace } from "@/lib/progress/get-country-workspace";
import { getAssessmentSummary } from "@/lib/assessment/matrix/summary";
import { evidenceMessages } from "@/lib/progress/step-wording";
import { canReadUnshared } from "@/lib/sharing/visibility";
import { addNationalStepAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

const load = cache((code: string) =>
  loadPage(async ({ db, actor }) => {
    const workspace = await getCountryWorkspace(db, actor, code);
    return { actor, ...workspace, assessment: await getAssessmentSummary(db, actor, workspace.country.code) };
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { country } = await load((await params).code);
  return { title: localized(country.name, (await getLocale()) as Locale) };
}

async function CountryWorkspacePage({ params }: Props) {
  const { actor, country, steps, assessment } = await load((await params).code);
  const locale = (await getLocale()) as Locale;
  const [t, tNav, tCountries, tWorkspace, tSchemes, tAssessment, tCosting, tResults, tPlans, format, tPublication] = await Promise.all([
    getTranslations("country"),
    getTranslations("nav"),
    getTranslations("countries"),
    getTranslations("workspace"),
    getTranslations("schemes"),
    getTranslations("assessment"),
    getTranslations("costing"),
    getTranslations("countryResults"),
    getTranslations("plans"),
    getFormatter(),
    getTranslations("publication"),
  ]);
  const name = localized(country.name, locale);
  const titleOf = (title: (typeof steps)[number]["title"]) => (titleText(title, locale));
  const target = { countryCode: country.code };
  const writes = can(actor, "milestone.log", target);
  const insider = canReadUnshared(actor, country.code);

  return (
    <>
      <PageHeader
        title={name}
        intro={writes ? tWorkspace("introWriter") : tWorkspace("introReader")}
        actions={
          <>
            <Link href={`/countries/${country.code}/timeline`} className={buttonClassName("secondary")}>{tWorkspace("timeline")}</Link>
            {can(actor, "report.export", { countryCode: country.code }) ? (
              <Link href={`/reports/countries/${country.code}`} className={buttonClassName("secondary")}>{t("report")}</Link>
            ) : null}
            <Link href={`/countries/${country.code}/trainings`} className={buttonClassName("secondary")}>{tWorkspace("trainings")}</Link>
            {can(actor, "country.manage", { countryCode: country.code }) ? (
              <Link href={`/admin/countries/${country.code}`} className={buttonClassName("secondary")}>{t("edit")}</Link>
            ) : null}
            {can(actor, "country.publish", { countryCode: country.code }) ? (
              <Link href={`/countries/${country.code}/publication`} className={buttonClassName("secondary")}>{tPublication("link")}</Link>
            ) : null}
          </>
        }
      >
        <nav aria-label={tNav("breadcrumb")} className="mb-1 text-sm">
          <Link href="/countries">{tCountries("title")}</Link>
        </nav>
      </PageHeader>
      <CountryFacts country={country}>
        <div>
          <dt className="text-slate-500">{t("support")}</dt>
          <dd>
            <Link href={`/countries/${country.code}/support`}>{t("supportLink")}</Link>
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{tSchemes("title")}</dt>
          <dd>
            <Link href={`/countries/${country.code}/schemes`}>{tSchemes("countryTitle", { country: name })}</Link>
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{tAssessment("title")}</dt>
          <dd>
            <Link href={`/countries/${country.code}/assessment`}>{tAssessment("countryTitle", { country: name })}</Link>
            {assessment.readable && assessment.policyGaps + assessment.implementationIssues + assessment.recommendations > 0 ? (
              <p className="text-sm text-slate-600" data-testid="assessment-summary">
                {tAssessment("summary", { gaps: assessment.policyGaps, issues: assessment.implementationIssues, recommendations: assessment.recommendations, options: assessment.policyOptions })}
                {assessment.latestVersion
                  ? ` · ${tAssessment("latestVersion", {
                      number: assessment.latestVersion.number,
                      date: format.dateTime(new Date(`${assessment.latestVersion.endorsedOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
                    })}`
                  : ""}
              </p>
            ) : null}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{tCosting("title")}</dt>
          <dd>
            <Link href={`/countries/${country.code}/costing`}>{tCosting("countryTitle", { country: name })}</Link>
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{tResults("title")}</dt>
          <dd>
            <Link href={`/countries/${country.code}/results`}>{tResults("countryTitle", { country: name })}</Link>
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{tPlans("title")}</dt>
          <dd>
            <Link href={`/countries/${country.code}/plan`}>{tPlans("linkText", { country: name })}</Link>
          </dd>
        </div>
      </CountryFacts>
      <h2 className="mb-3 text-lg font-semibold">{t("keySteps")}</h2>
      {steps.length === 0 ? (
        <EmptyState>{t("noSteps")}</EmptyState>
      ) : (
        <Table caption={t("keySteps")}>
          <thead>
            <tr>
              <Th className="w-12">#</Th>
              <Th>{t("step")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("lastChange")}</Th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step) => (
              <tr key={step.id} id={`step-${step.id}`}>
                <Td className="text-slate-500">{step.number}</Td>
                <Td className="min-w-72">
                  <p className="font-medium">
                    <Link href={`/countries/${country.code}/steps/${step.id}`}>{titleOf(step.title)}</Link>
                  </p>
                  <p className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-500">
                    {step.key === null ? <span>{t("nationalStep")}</span> : null}
                    {step.fromOlderVersion ? <span>{t("olderVersion")}</span> : null}
                    {step.subActivitiesTotal > 0 ? (
                      <span>{t("subActivities", { done: step.subActivitiesDone, total: step.subActivitiesTotal })}</span>
                    ) : null}
                    {evidenceMessages(actor, { countryCode: country.code, status: step.status, requiresEvidence: step.requiresEvidence }, step.evidenceCount).rule ? (
                      <span>{t("evidenceRequired")}</span>
                    ) : null}
                    <span>{tWorkspace("counts", { milestones: step.milestoneCount, evidence: step.evidenceCount })}</span>
                  </p>
                  {step.checklist.length > 0 ? (
                    <ul className="mt-2 space-y-0.5 text-sm" aria-label={tWorkspace("checklistOf", { step: titleOf(step.title) })}>
                      {step.checklist.map((item) => (
                        <li key={item.id}>
                          <span aria-hidden="true">{item.done ? "☑" : "☐"}</span> {localized(item.title, locale)}
                          <span className="sr-only"> ({item.done ? tWorkspace("done") : tWorkspace("notDone")})</span>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {step.milestones.length > 0 ? (
                    <div className="mt-2">
                      <MilestoneList milestones={step.milestones} canEdit={false} emptyText="" compact showSharing={insider} />
                      {step.milestoneCount > step.milestones.length ? (
                        <Link href={`/countries/${country.code}/steps/${step.id}`} className="text-sm">
                          {tWorkspace("moreMilestones", { count: step.milestoneCount - step.milestones.length })}
                        </Link>
                      ) : null}
                    </div>
                  ) : null}
                </Td>
                <Td label={t("status")}>
                  <span className="flex flex-col items-start gap-1">
                    <StepStatusBadge status={step.status} />
                    <ReviewStateBadge state={step.reviewState} />
                  </span>
                </Td>
                <Td label={t("lastChange")}>{step.lastChangeAt ? format.dateTime(step.lastChangeAt, { dateStyle: "medium" }) : t("never")}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {can(actor, "step.tailor", target) ? (
        <details className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <summary className="cursor-pointer font-semibold">{tWorkspace("addNationalStep")}</summary>
          <p className="mt-2 mb-3 text-sm text-slate-600">{tWorkspace("nationalIntro")}</p>
          <ClientMessages namespaces={["workspace"]}>
            <AddNationalStepForm
              action={addNationalStepAction}
              countryCode={country.code}
              steps={steps.map((step) => ({ id: step.id, label: tWorkspace("afterStep", { number: step.number, title: titleOf(step.title) }) }))}
            />
          </ClientMessages>
        </details>
      ) : null}
    </>
  );
}

export default withRefusal(CountryWorkspacePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
