/** Progress changes as sentences, newest first: when, who, what, in which country and step, with a link to it. */
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { ChangeEntry, ProgressAction } from "@/lib/activity/change-entries";
import { reviewStates, stepStatuses } from "@/lib/forms/choices";
import type { Locale } from "@/lib/i18n/locales";
import { isOneOf, type NamespaceKey } from "@/lib/i18n/message-key";
import { localized, titleText } from "@/lib/i18n/localized";

const sentences = {
  "step.status": "actions.step_status",
  "step.addNational": "actions.step_addNational",
  "milestone.log": "actions.milestone_log",
  "milestone.edit": "actions.milestone_edit",
  "milestone.delete": "actions.milestone_delete",
  "milestone.restore": "actions.milestone_restore",
  "review.comment": "actions.review_comment",
  "review.decide": "actions.review_decide",
  "support.add": "actions.support_add",
  "support.withdraw": "actions.support_withdraw",
  "need.add": "actions.need_add",
  "need.answer": "actions.need_answer",
} as const satisfies Record<ProgressAction, NamespaceKey<"activity">>;

export async function ChangeList({ entries, label, emptyText }: { entries: ChangeEntry[]; label: string; emptyText: string }) {
  const [t, tStatus, tReview, format, locale] = await Promise.all([
    getTranslations("activity"),
    getTranslations("stepStatus"),
    getTranslations("reviewState"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  if (entries.length === 0) return <EmptyState>{emptyText}</EmptyState>;
  const status = (value: string | null) => (isOneOf(stepStatuses, value) ? tStatus(value) : t("unknown"));
  return (
    <ol className="space-y-2" aria-label={label}>
      {entries.map((entry) => {
        const step = entry.stepTitle === null ? "" : titleText(entry.stepTitle, locale);
        const values = {
          actor: entry.actorName ?? t("someone"),
          subject: entry.subject ?? "",
          from: status(entry.statusFrom),
          to: status(entry.statusTo),
          decision: isOneOf(reviewStates, entry.decision) ? tReview(entry.decision) : "",
        };
        return (
          <li key={entry.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm" data-testid="change-entry">
            <p className="text-slate-500">
              <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}</time> ·{" "}
              <span className="font-medium text-slate-800">{localized(entry.countryName, locale)}</span>
              {step ? <> · {step}</> : null}
            </p>
            <p className="mt-1">
              <Link href={entry.link}>{t(sentences[entry.action], values)}</Link>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
