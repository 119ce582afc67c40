/** The history of a step or milestone: who changed what and when, with each changed field's old and new value. */
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { LocalizedText } from "@/db/schema";
import { reviewStates, stepStatuses } from "@/lib/forms/choices";
import type { Locale } from "@/lib/i18n/locales";
import { isOneOf } from "@/lib/i18n/message-key";
import { localized } from "@/lib/i18n/localized";
import type { HistoryChange, HistoryEntry } from "@/lib/progress/list-history";
import { dateOnly, dateOnlyFormat } from "./dates";

/** Entries whose sentence says it all; their fields would only repeat it. */
const sentenceOnly = ["evidence.add", "evidence.remove", "milestone.delete", "milestone.restore", "step.checklist", "review.comment"] as const;
const knownActions = [
  ...sentenceOnly,
  "milestone.log",
  "milestone.edit",
  "evidence.sharing",
  "step.status",
  "step.addNational",
  "step.editNational",
  "review.decide",
  "review.state",
] as const;
const knownFields = ["title", "occurredOn", "description", "status", "statusReason", "signOffNote", "sharingLevel", "reviewState"] as const;

export async function HistoryList({ entries, checklistTitles }: { entries: HistoryEntry[]; checklistTitles?: Map<string, LocalizedText> }) {
  const [t, tStatus, tSharing, tReview, format, locale] = await Promise.all([
    getTranslations("history"),
    getTranslations("stepStatus"),
    getTranslations("sharing"),
    getTranslations("reviewState"),
    getFormatter(),
    getLocale(),
  ]);
  if (entries.length === 0) return <EmptyState>{t("empty")}</EmptyState>;

  const value = (change: HistoryChange, side: unknown) => {
    if (side === null || side === undefined || side === "") return t("none");
    if (change.field === "status" && isOneOf(stepStatuses, side)) return tStatus(side);
    if (change.field === "sharingLevel" && (side === "all" || side === "country")) return tSharing(side);
    if (change.field === "reviewState" && isOneOf(reviewStates, side)) return tReview(side);
    if (change.field === "occurredOn" && typeof side === "string") return format.dateTime(dateOnly(side), dateOnlyFormat);
    const text = String(side);
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  };
  const sentence = (entry: HistoryEntry) => {
    const subject = entry.subject ?? "";
    if (entry.action === "step.checklist") {
      const change = entry.changes[0];
      const key = change?.field.replace(/^checklist\./, "") ?? "";
      const title = checklistTitles?.get(key);
      return t(change?.after ? "ticked" : "unticked", { subject: title ? localized(title, locale as Locale) : key });
    }
    return isOneOf(knownActions, entry.action) ? t(`actions.${entry.action}`, { subject }) : entry.action;
  };

  return (
    <ol className="space-y-3" aria-label={t("label")}>
      {entries.map((entry) => {
        const changes = isOneOf(sentenceOnly, entry.action) ? [] : entry.changes.flatMap(({ field, ...sides }) => (isOneOf(knownFields, field) ? [{ field, ...sides }] : []));
        const creation = entry.action === "milestone.log" || entry.action === "step.addNational";
        return (
          <li key={entry.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm" data-testid="history-entry">
            <p>
              <time dateTime={entry.at.toISOString()} className="text-slate-500">
                {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}
              </time>{" "}
              · <span className="font-medium">{entry.actorName ?? t("system")}</span> · {sentence(entry)}
            </p>
            {changes.length > 0 ? (
              <dl className="mt-2 grid gap-x-3 gap-y-1 sm:grid-cols-[max-content_1fr]">
                {changes.map((change) => (
                  <div key={change.field} className="contents">
                    <dt className="text-slate-600">{t(`fields.${change.field}`)}</dt>
                    <dd className="break-words whitespace-pre-line">
                      {creation ? (
                        value(change, change.after)
                      ) : (
                        <>
                          <span className="sr-only">{t("from")} </span>
                          <del className="text-slate-500">{value(change, change.before)}</del>
                          <span aria-hidden="true"> → </span>
                          <span className="sr-only"> {t("to")} </span>
                          <ins className="no-underline">{value(change, change.after)}</ins>
                        </>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
