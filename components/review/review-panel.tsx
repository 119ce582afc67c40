/** The review of a milestone, a step or an assessment item on its page: its state, the comments and decisions, and what the reader may do. */
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TitledCard } from "@/components/ui/card";
import type { Actor } from "@/lib/actor";
import type { ServerAction } from "@/lib/forms/action-state";
import { can } from "@/lib/permissions";
import type { ReviewThread } from "@/lib/review/get-review-thread";
import type { ReviewSubjectType } from "@/lib/review/subjects";
import { ReviewCommentForm, ReviewDecisionForms } from "./review-forms";
import { ReviewStateBadge } from "./review-state-badge";

export async function ReviewPanel({
  actor,
  subject,
  thread,
  actions,
}: {
  actor: Actor;
  subject: { type: ReviewSubjectType; id: string; countryCode: string };
  thread: ReviewThread;
  /** The server actions of the thread's forms: comment, and decide. */
  actions: { comment: ServerAction; decide: ServerAction };
}) {
  const [t, format] = await Promise.all([getTranslations("review"), getFormatter()]);
  const target = { countryCode: subject.countryCode };
  const decides = can(actor, "review.decide", target);
  const comments = can(actor, "review.comment", target);
  const formSubject = { subjectType: subject.type, subjectId: subject.id };
  return (
    <TitledCard id="review" title={subject.type === "milestone" ? t("headingMilestone") : subject.type === "assessment_item" ? t("headingItem") : t("headingStep")} className="mt-6">
      <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="review-state">
        <span className="text-slate-600">{t("state")}</span> <ReviewStateBadge state={thread.reviewState} unreviewed />
      </p>
      {thread.entries.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{comments ? t("emptyCanComment") : t("empty")}</p>
      ) : (
        <ol className="mt-3 space-y-2" aria-label={t("threadLabel")}>
          {thread.entries.map((entry) => (
            <li key={entry.id} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="review-entry">
              <p className="text-slate-600">
                <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time> ·{" "}
                <span className="font-medium text-slate-900">{entry.authorName}</span> · {t(`entry.${entry.kind}`)}
              </p>
              {entry.body ? <p className="mt-1 whitespace-pre-line">{entry.body}</p> : null}
            </li>
          ))}
        </ol>
      )}
      {comments ? (
        <ClientMessages namespaces={["review"]}>
          <div className="mt-4 space-y-4">
            <ReviewCommentForm action={actions.comment} subject={formSubject} answering={!decides} />
            {decides ? <ReviewDecisionForms action={actions.decide} subject={formSubject} version={thread.version} /> : null}
          </div>
        </ClientMessages>
      ) : null}
    </TitledCard>
  );
}
