import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { deleteMilestoneAction, restoreMilestoneAction } from "@/app/(app)/countries/[code]/milestones/[milestoneId]/actions";
import { StepLearning } from "@/components/learning/step-learning";
import { StepSupport } from "@/components/support/step-support";
import { StepStatusBadge } from "@/components/countries/status-badges";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MilestoneList } from "@/components/milestones/milestone-list";
import { MilestoneLogger } from "@/components/milestones/milestone-logger";
import { Checklist } from "@/components/progress/checklist";
import { HistoryList } from "@/components/progress/history-list";
import { NationalStepWording } from "@/components/progress/national-step-wording";
import { StepStatusForms } from "@/components/progress/step-status-forms";
import { ActionButton } from "@/components/ui/action-button";
import { TitledCard } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NumberedPager } from "@/components/ui/pager";
import { UploadRefused } from "@/components/milestones/upload-refused";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { can } from "@/lib/permissions";
import { getStepLearning } from "@/lib/learning/get-step-learning";
import { getCountryStep } from "@/lib/progress/get-country-step";
import { getReviewThread } from "@/lib/review/get-review-thread";
import { ReviewPanel } from "@/components/review/review-panel";
import { ReviewStateBadge } from "@/components/review/review-state-badge";
import { listStepHistory } from "@/lib/progress/list-history";
import { evidenceMessages, noMilestonesMessage } from "@/lib/progress/step-wording";
import { canReadUnshared } from "@/lib/sharing/visibility";
import { getCountryPlan } from "@/lib/plans/get-country-plan";
import { listStepSupport } from "@/lib/support/list-step-support";
import { latestToday } from "@/lib/validation/progress";
import { changeStepStatusAction, editNationalStepAction, logMilestoneAction, markSubActivityAction, recordStepNeedAction } from "../../actions";
import { commentOnReviewAction, decideReviewAction } from "../../review-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; stepId: string }>; searchParams: Promise<Record<string, string | undefined>> };

const loadStep = cache((code: string, stepId: string) =>
  loadPage(async ({ db, actor }) => {
    const data = await getCountryStep(db, actor, { countryCode: code, countryStepId: stepId });
    const { step } = data;
    const [thread, support, learning, plan] = await Promise.all([
      getReviewThread(db, actor, { type: "country_step", id: step.id }),
      listStepSupport(db, actor, step.id),
      // Issue 9: the library's tools for the step and what other countries did (framework steps only).
      step.key ? getStepLearning(db, actor, { countryCode: step.countryCode, stepKey: step.key }) : null,
      // Issue 20: the milestones planned on the step, offered to whoever logs one (decision 2030).
      can(actor, "milestone.log", { countryCode: step.countryCode }) ? getCountryPlan(db, actor, step.countryCode) : null,
    ]);
    const plannedHere = plan?.steps.find((one) => one.countryStepId === step.id)?.plannedMilestones.filter((milestone) => !milestone.logged && !milestone.withdrawn) ?? [];
    return { actor, ...data, thread, support, learning, plannedHere };
  }),
);

const load = async (params: Props["params"]) => {
  const { code, stepId } = await params;
  return loadStep(code, stepId);
};

const text = (value: string | Parameters<typeof localized>[0], locale: Locale) => (typeof value === "string" ? value : localized(value, locale));

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { step } = await load(params);
  return { title: text(step.title, (await getLocale()) as Locale) };
}

async function CountryStepPage({ params, searchParams }: Props) {
  const [{ code, stepId }, { refused, history: historyPage, plannedMilestone }] = await Promise.all([params, searchParams]);
  const [{ actor, step, checklist, milestones, deletedMilestones, evidenceCount, thread, support, learning, plannedHere }, history] = await Promise.all([
    load(params),
    loadPage(({ db, actor }) => listStepHistory(db, actor, { countryCode: code, countryStepId: stepId, page: historyPage })),
  ]);
  const locale = (await getLocale()) as Locale;
  const [t, tNav, tCountries, tMilestone, tHistory, tPaging, tSchemes, tPlanned, format] = await Promise.all([
    getTranslations("step"),
    getTranslations("nav"),
    getTranslations("countries"),
    getTranslations("milestone"),
    getTranslations("history"),
    getTranslations("paging"),
    getTranslations("schemes"),
    getTranslations("plans.plannedMilestone"),
    getFormatter(),
  ]);
  const target = { countryCode: step.countryCode };
  const title = text(step.title, locale);
  const base = `/countries/${step.countryCode}`;
  const evidence = evidenceMessages(actor, step, evidenceCount);
  const list = (
    <MilestoneList
      milestones={milestones}
      canEdit={can(actor, "milestone.edit", target)}
      emptyText={t(noMilestonesMessage(actor, step.countryCode))}
      showSharing={canReadUnshared(actor, step.countryCode)}
      deleteAction={deleteMilestoneAction}
    />
  );

  return (
    <ClientMessages namespaces={["milestone", "evidence", "conflict", "stepStatus", "step", "progress", "sharing", "offline"]}>
      <PageHeader title={t("heading", { number: step.number, title })} intro={text(step.description, locale) || undefined}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 flex flex-wrap gap-x-2 text-sm">
          <Link href="/countries">{tCountries("title")}</Link>
          <span aria-hidden="true">›</span>
          <Link href={base}>{localized(step.countryName, locale)}</Link>
        </nav>
      </PageHeader>
      <UploadRefused refused={refused} />

      <div className="grid gap-6 md:grid-cols-2">
        <TitledCard id="step-status" title={t("status")}>
          <p className="flex flex-wrap items-center gap-2">
            <StepStatusBadge status={step.status} />
            <ReviewStateBadge state={thread.reviewState} />
            {step.statusChangedAt && step.statusChangedByName ? (
              <span className="text-sm text-slate-600">
                {t("changedBy", { name: step.statusChangedByName, date: format.dateTime(step.statusChangedAt, { dateStyle: "medium", timeStyle: "short" }) })}
              </span>
            ) : null}
          </p>
          {step.status === "completed" && step.signedOffAt ? (
            <p className="mt-2 text-sm" data-testid="sign-off">
              {t("signedOff", { name: step.signedOffByName ?? "—", date: format.dateTime(step.signedOffAt, { dateStyle: "medium", timeStyle: "short" }) })}
              {step.signOffNote ? <span className="mt-1 block whitespace-pre-line text-slate-700">“{step.signOffNote}”</span> : null}
            </p>
          ) : null}
          {step.statusReason ? <p className="mt-2 text-sm whitespace-pre-line">{t("reason", { reason: step.statusReason })}</p> : null}
          <p className="mt-2 text-sm text-slate-600" data-testid="step-evidence">
            {t(evidence.count, { count: evidenceCount })}
            {evidence.rule ? <> {t(evidence.rule)}</> : null}
          </p>
          {can(actor, "step.update", target) ? (
            <div className="mt-4">
              <StepStatusForms action={changeStepStatusAction} countryStepId={step.id} version={step.version} status={step.status} />
            </div>
          ) : null}
        </TitledCard>

        {checklist.length > 0 ? (
          <TitledCard id="step-checklist" title={t("checklist")}>
            <Checklist action={markSubActivityAction} countryStepId={step.id} items={checklist} canUpdate={can(actor, "step.update", target)} />
          </TitledCard>
        ) : null}

        {step.key === "assessment" || step.key === "policy_options" ? (
          <TitledCard id="step-inventory" title={tSchemes("stepPanelTitle")}>
            <p className="text-sm text-slate-700">{tSchemes("stepPanel")}</p>
            <ul className="mt-2 space-y-1 text-sm">
              <li>
                <Link href={`/countries/${step.countryCode}/schemes`}>{tSchemes("countryTitle", { country: localized(step.countryName, locale) })}</Link>
              </li>
              <li>
                <Link href={`/countries/${step.countryCode}/assessment`}>{tSchemes("matrixLink", { country: localized(step.countryName, locale) })}</Link>
              </li>
            </ul>
          </TitledCard>
        ) : null}

        {step.national && can(actor, "step.tailor", target) ? (
          <TitledCard id="step-national" title={t("nationalWording")}>
            <NationalStepWording action={editNationalStepAction} countryStepId={step.id} version={step.version} title={title} description={text(step.description, locale)} />
          </TitledCard>
        ) : null}
      </div>

      <ReviewPanel actor={actor} subject={{ type: "country_step", id: step.id, countryCode: step.countryCode }} thread={thread} actions={{ comment: commentOnReviewAction, decide: decideReviewAction }} />

      <section aria-labelledby="step-milestones" className="mt-8">
        <h2 id="step-milestones" className="mb-3 text-lg font-semibold">
          {tMilestone("listLabel")}
        </h2>
        {can(actor, "milestone.log", target) ? (
          <MilestoneLogger
            action={logMilestoneAction}
            countryCode={step.countryCode}
            countryStepId={step.id}
            stepVersion={step.version}
            stepStatus={step.status}
            maxDate={latestToday()}
            planned={{
              label: tPlanned("forPlanned"),
              none: tPlanned("forPlannedNone"),
              hint: tPlanned("forPlannedHint"),
              choices: plannedHere.map((milestone) => ({
                value: milestone.id,
                label: `${milestone.title} (${format.dateTime(new Date(`${milestone.expectedOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })})`,
                title: milestone.title,
              })),
              chosen: plannedHere.some((milestone) => milestone.id === plannedMilestone) ? plannedMilestone! : "",
            }}
            shownIds={milestones.map((milestone) => milestone.id)}
          >
            {list}
          </MilestoneLogger>
        ) : (
          list
        )}
      </section>

      {deletedMilestones.length > 0 ? (
        <section aria-labelledby="step-deleted" className="mt-8">
          <h2 id="step-deleted" className="mb-3 text-lg font-semibold">
            {tMilestone("deletedHeading")}
          </h2>
          <ul className="space-y-2">
            {deletedMilestones.map((milestone) => (
              <li key={milestone.id} className="flex flex-wrap items-center gap-3 rounded-md border border-dashed border-slate-300 bg-white p-3 text-sm">
                <span className="font-medium">{milestone.title}</span>
                <span className="text-slate-600">
                  {tMilestone("deletedBy", { name: milestone.deletedByName ?? "—", date: format.dateTime(milestone.deletedAt!, { dateStyle: "medium" }) })}
                </span>
                <ActionButton
                  action={restoreMilestoneAction}
                  fields={{ milestoneId: milestone.id }}
                  label={tMilestone("restore")}
                  pendingLabel={tMilestone("restoring")}
                  accessibleLabel={tMilestone("restoreNamed", { title: milestone.title })}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="mt-8">
        <StepSupport countryStepId={step.id} support={support} recordNeed={can(actor, "need.write", target) ? recordStepNeedAction : undefined} />
      </div>

      {step.key && learning ? (
        <div className="mt-8">
          <StepLearning actor={actor} countryCode={step.countryCode} countryName={localized(step.countryName, locale)} stepKey={step.key} learning={learning} />
        </div>
      ) : null}

      <section aria-labelledby="step-history" className="mt-8">
        <h2 id="step-history" className="mb-3 text-lg font-semibold">
          {tHistory("heading")}
        </h2>
        <HistoryList entries={history.rows} checklistTitles={new Map(checklist.map((item) => [item.key, item.title]))} />
        <NumberedPager place={history} label={tPaging("historyPages")} href={(page) => `${base}/steps/${step.id}${page > 1 ? `?history=${page}` : ""}#step-history`} />
      </section>

      <nav aria-label={t("stepNavigation")} className="mt-8 flex flex-wrap justify-between gap-3 text-sm">
        {step.previousStepId ? <Link href={`${base}/steps/${step.previousStepId}`}>← {t("previousStep")}</Link> : <span />}
        {step.nextStepId ? <Link href={`${base}/steps/${step.nextStepId}`}>{t("nextStep")} →</Link> : null}
      </nav>
    </ClientMessages>
  );
}

export default withRefusal(CountryStepPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
