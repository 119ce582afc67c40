import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AddEvidenceForm } from "@/components/milestones/add-evidence-form";
import { EditMilestoneForm } from "@/components/milestones/edit-milestone-form";
import { EvidenceList } from "@/components/milestones/evidence-list";
import { dateOnly, dateOnlyFormat } from "@/components/progress/dates";
import { HistoryList } from "@/components/progress/history-list";
import { NumberedPager } from "@/components/ui/pager";
import { ActionButton } from "@/components/ui/action-button";
import { Alert } from "@/components/ui/alert";
import { TitledCard } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { UploadRefused } from "@/components/milestones/upload-refused";
import type { Locale } from "@/lib/i18n/locales";
import { localized, titleText } from "@/lib/i18n/localized";
import { can } from "@/lib/permissions";
import { getMilestone } from "@/lib/progress/get-milestone";
import { getReviewThread } from "@/lib/review/get-review-thread";
import { ReviewPanel } from "@/components/review/review-panel";
import { listMilestoneHistory } from "@/lib/progress/list-history";
import { latestToday } from "@/lib/validation/progress";
import { SharingBadge } from "@/components/sharing/sharing-badge";
import { canReadUnshared } from "@/lib/sharing/visibility";
import { addEvidenceAction, changeEvidenceSharingAction, deleteMilestoneAction, editMilestoneAction, removeEvidenceAction, restoreMilestoneAction } from "./actions";
import { commentOnReviewAction, decideReviewAction } from "../../review-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; milestoneId: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((code: string, milestoneId: string) =>
  loadPage(async ({ db, actor }) => {
    const data = await getMilestone(db, actor, { countryCode: code, milestoneId });
    // A deleted milestone is not under review: its page shows no review.
    const thread = data.milestone.deletedAt ? null : await getReviewThread(db, actor, { type: "milestone", id: data.milestone.id });
    return { actor, ...data, thread };
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { code, milestoneId } = await params;
  return { title: (await load(code, milestoneId)).milestone.title };
}

async function MilestonePage({ params, searchParams }: Props) {
  const { code, milestoneId } = await params;
  const historyPage = (await searchParams).history;
  const [{ actor, milestone, countryName, stepTitle, thread }, history] = await Promise.all([
    load(code, milestoneId),
    loadPage(({ db, actor }) => listMilestoneHistory(db, actor, { countryCode: code, milestoneId, page: historyPage })),
  ]);
  const locale = (await getLocale()) as Locale;
  const [t, tEvidence, tSharing, tNav, tCountries, tHistory, tPaging, format] = await Promise.all([
    getTranslations("milestone"),
    getTranslations("evidence"),
    getTranslations("sharing"),
    getTranslations("nav"),
    getTranslations("countries"),
    getTranslations("history"),
    getTranslations("paging"),
    getFormatter(),
  ]);
  const base = `/countries/${milestone.countryCode}`;
  const target = { countryCode: milestone.countryCode, authorId: milestone.authorId };
  const deleted = milestone.deletedAt !== null;
  const canEdit = !deleted && can(actor, "milestone.edit", target);
  const insider = canReadUnshared(actor, milestone.countryCode);
  const stepName = titleText(stepTitle, locale);
  const refused = (await searchParams).refused;

  return (
    <ClientMessages namespaces={["milestone", "evidence", "conflict", "stepStatus", "progress", "sharing"]}>
      <PageHeader title={milestone.title}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 flex flex-wrap gap-x-2 text-sm">
          <Link href="/countries">{tCountries("title")}</Link>
          <span aria-hidden="true">›</span>
          <Link href={base}>{localized(countryName, locale)}</Link>
          <span aria-hidden="true">›</span>
          <Link href={`${base}/steps/${milestone.countryStepId}`}>{stepName}</Link>
        </nav>
      </PageHeader>
      <UploadRefused refused={refused} />
      {deleted ? (
        <div className="mb-4 flex flex-wrap items-center gap-3">
          <Alert tone="info">{t("deletedBy", { name: milestone.deletedByName ?? "—", date: format.dateTime(milestone.deletedAt!, { dateStyle: "medium" }) })}</Alert>
          {can(actor, "milestone.restore", target) ? (
            <ActionButton action={restoreMilestoneAction} fields={{ milestoneId: milestone.id }} label={t("restore")} pendingLabel={t("restoring")} />
          ) : null}
        </div>
      ) : null}

      <div className="grid gap-6 md:grid-cols-2">
        <TitledCard id="milestone-details" title={t("details")}>
          <p className="text-sm text-slate-600">
            <time dateTime={milestone.occurredOn}>{format.dateTime(dateOnly(milestone.occurredOn), dateOnlyFormat)}</time> ·{" "}
            {t("loggedBy", { name: milestone.authorName })}
          </p>
          {insider ? (
            <p className="mt-2">
              <SharingBadge level={milestone.sharingLevel} />
            </p>
          ) : null}
          {milestone.description ? <p className="mt-2 whitespace-pre-line">{milestone.description}</p> : null}
          <h3 className="mt-4 font-semibold">{tEvidence("legend")}</h3>
          {milestone.evidence.length === 0 ? <p className="text-sm text-slate-600">{tEvidence("none")}</p> : null}
          <EvidenceList
            items={milestone.evidence}
            showSharing={insider}
            actions={
              canEdit
                ? (item) => (
                    <>
                      <ActionButton
                        action={changeEvidenceSharingAction}
                        fields={{ evidenceId: item.id, sharingLevel: item.sharingLevel === "all" ? "country" : "all" }}
                        label={item.sharingLevel === "all" ? tSharing("keepEvidence") : tSharing("shareEvidence")}
                        pendingLabel={tSharing("saving")}
                        accessibleLabel={tSharing(item.sharingLevel === "all" ? "keepEvidenceNamed" : "shareEvidenceNamed", { title: item.title })}
                        variant="ghost"
                      />
                      <ActionButton
                        action={removeEvidenceAction}
                        fields={{ evidenceId: item.id }}
                        label={tEvidence("remove")}
                        pendingLabel={tEvidence("removing")}
                        accessibleLabel={tEvidence("removeNamed", { title: item.title })}
                        variant="ghost"
                      />
                    </>
                  )
                : undefined
            }
          />
          {canEdit ? (
            <div className="mt-4">
              <ActionButton
                action={deleteMilestoneAction}
                fields={{ milestoneId: milestone.id }}
                label={t("delete")}
                pendingLabel={t("deleting")}
                variant="danger"
              />
              <p className="mt-1 text-xs text-slate-500">{t("deleteHint")}</p>
            </div>
          ) : null}
        </TitledCard>
        {canEdit ? (
          <TitledCard id="milestone-edit" title={t("edit")}>
            <EditMilestoneForm
              action={editMilestoneAction}
              milestoneId={milestone.id}
              version={milestone.version}
              title={milestone.title}
              occurredOn={milestone.occurredOn}
              description={milestone.description}
              sharingLevel={milestone.sharingLevel}
              maxDate={latestToday()}
            />
          </TitledCard>
        ) : null}
      </div>

      {canEdit ? (
        <TitledCard id="milestone-add-evidence" title={tEvidence("addHeading")} className="mt-6">
          <AddEvidenceForm action={addEvidenceAction} milestoneId={milestone.id} />
        </TitledCard>
      ) : null}

      {thread ? <ReviewPanel actor={actor} subject={{ type: "milestone", id: milestone.id, countryCode: milestone.countryCode }} thread={thread} actions={{ comment: commentOnReviewAction, decide: decideReviewAction }} /> : null}

      <section aria-labelledby="milestone-history" className="mt-8">
        <h2 id="milestone-history" className="mb-3 text-lg font-semibold">
          {tHistory("heading")}
        </h2>
        <HistoryList entries={history.rows} />
        <NumberedPager place={history} label={tPaging("historyPages")} href={(page) => `/countries/${milestone.countryCode}/milestones/${milestone.id}${page > 1 ? `?history=${page}` : ""}#milestone-history`} />
      </section>
    </ClientMessages>
  );
}

export default withRefusal(MilestonePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
