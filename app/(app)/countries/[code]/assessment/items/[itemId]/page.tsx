import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { AssessmentItemBadges } from "@/components/assessment/assessment-badges";
import { AssessmentItemHistory } from "@/components/assessment/assessment-item-history";
import { AssessmentItemFacts } from "@/components/assessment/assessment-item-facts";
import { RecommendationDecisionForm } from "@/components/assessment/recommendation-decision-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ReviewPanel } from "@/components/review/review-panel";
import { WithdrawForm } from "@/components/support/withdraw-form";
import { ActionButton } from "@/components/ui/action-button";
import { Alert } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getAssessmentItem, listAssessmentItemHistory } from "@/lib/assessment/matrix/get-item";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { mayInCountry } from "@/lib/permissions";
import { getReviewThread } from "@/lib/review/get-review-thread";
import { latestToday } from "@/lib/validation/progress";
import { commentOnReviewAction, decideReviewAction } from "../../../review-actions";
import { decideRecommendationAction, restoreAssessmentItemAction, withdrawAssessmentItemAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; itemId: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((code: string, id: string, historyPage?: string) =>
  loadPage(async ({ db, actor }) => {
    const item = await getAssessmentItem(db, actor, id);
    // An item is read under its own country's address only.
    if (item.countryCode !== code.toUpperCase()) notFound();
    const [country, history, thread] = await Promise.all([
      countryFor(db, actor, item.countryCode),
      listAssessmentItemHistory(db, actor, { itemId: item.id, page: historyPage }),
      item.withdrawn ? null : getReviewThread(db, actor, { type: "assessment_item", id: item.id }),
    ]);
    return { actor, details: { item, country, history, thread } };
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { code, itemId } = await params;
  const { item } = (await load(code, itemId)).details;
  const t = await getTranslations("assessment");
  return { title: `${t(`sectionOne.${item.section}`)}: ${item.statement.slice(0, 60)}` };
}

const doneMessages = ["added", "saved", "withdrawn", "restored", "decided"] as const;

async function AssessmentItemPage({ params, searchParams }: Props) {
  const [{ code, itemId }, { done, page }] = await Promise.all([params, searchParams]);
  const { actor, details } = await load(code, itemId, page);
  const { item, country, history, thread } = details;
  const [t, tSchemes, format, locale] = await Promise.all([getTranslations("assessment"), getTranslations("schemes"), getFormatter(), getLocale()]);
  const countryName = localized(country.name, locale as Locale);
  const mayWrite = mayInCountry(actor, "assessment.write", item.countryCode);
  const costable = !item.withdrawn && item.recommendationKind === "benefit_coverage" && (item.status === "endorsed" || item.status === "adopted") && mayInCountry(actor, "costing.write", item.countryCode);
  const matrix = `/countries/${item.countryCode}/assessment`;
  const here = `${matrix}/items/${item.id}`;
  const today = latestToday();
  const live = !item.withdrawn;
  const decisions = item.section !== "recommendation" ? [] : item.status === "proposed" ? (["dropped"] as const) : item.status === "endorsed" ? (["adopted", "dropped"] as const) : [];

  return (
    <ClientMessages namespaces={["assessment", "assessmentRules", "support", "review", "reviewState"]}>
      <PageHeader
        title={item.statement}
        intro={t("itemIntro", { section: t(`sectionOne.${item.section}`), guarantee: tSchemes(`guarantee.${item.guarantee}`) })}
        actions={
          <>
            {mayWrite && live ? <Link href={`${here}/edit`} className={buttonClassName("secondary")}>{t("edit")}</Link> : null}
            {/* An endorsed benefit or coverage change is a policy option: costed in key step 6. */}
            {costable ? (
              <Link href={`/countries/${item.countryCode}/costing/scenarios/new?recommendation=${item.id}`} className={buttonClassName("secondary")}>
                {t("costIt")}
              </Link>
            ) : null}
          </>
        }
      >
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${item.countryCode}`}>{countryName}</Link> › <Link href={`${matrix}#block-${item.guarantee}`}>{t("title")}</Link>
        </nav>
        <div className="mb-2">
          <AssessmentItemBadges item={item} />
        </div>
      </PageHeader>
      <DoneNotice done={done} known={doneMessages} message={(key) => t(`done.${key}`)} />
      {item.withdrawn ? (
        <div className="mb-4">
          <Alert tone="info" title={t("withdrawnBadge")}>
            {t("withdrawnNotice", { date: format.dateTime(item.updatedAt, { dateStyle: "medium" }), reason: item.withdrawalReason ?? "" })}
          </Alert>
        </div>
      ) : null}
      <AssessmentItemFacts item={item} />
      {mayWrite && live && item.section === "recommendation" ? (
        <section aria-labelledby="recommendation-decision" className="mt-6 max-w-xl space-y-3">
          <h2 id="recommendation-decision" className="text-lg font-semibold">
            {t("decision.heading")}
          </h2>
          {item.status === "proposed" ? <p className="text-sm text-slate-600">{t("decision.proposedHint")}</p> : null}
          {decisions.map((decision) => (
            <RecommendationDecisionForm key={decision} action={decideRecommendationAction} item={item} decision={decision} today={today} />
          ))}
          {item.status === "adopted" || item.status === "dropped" ? (
            <ActionButton action={decideRecommendationAction} fields={{ id: item.id, version: String(item.version), status: "reopened" }} label={t("decision.reopen")} pendingLabel={t("decision.saving")} />
          ) : null}
        </section>
      ) : null}
      {thread ? <ReviewPanel actor={actor} subject={{ type: "assessment_item", id: item.id, countryCode: item.countryCode }} thread={thread} actions={{ comment: commentOnReviewAction, decide: decideReviewAction }} /> : null}
      <AssessmentItemHistory history={history} pageHref={(number) => `${here}${number > 1 ? `?page=${number}` : ""}#item-history`} />
      {mayWrite ? (
        <section aria-labelledby="item-removal" className="mt-8 max-w-xl">
          <h2 id="item-removal" className="mb-3 text-lg font-semibold">
            {live ? t("withdraw") : t("restore")}
          </h2>
          {live ? (
            <WithdrawForm action={withdrawAssessmentItemAction} id={item.id} version={item.version} withReason label={t("withdraw")} reasonHint={t("withdrawHint")} />
          ) : (
            <ActionButton action={restoreAssessmentItemAction} fields={{ id: item.id, version: String(item.version) }} label={t("restore")} pendingLabel={t("restoring")} />
          )}
        </section>
      ) : null}
    </ClientMessages>
  );
}

export default withRefusal(AssessmentItemPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
