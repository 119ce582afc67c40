/** A notification as one sentence in the reader's language: the bell's list and the notification mail say the same. */
import type { Locale } from "@/lib/i18n/locales";
import { isOneOf, type NamespaceKey } from "@/lib/i18n/message-key";
import { localized } from "@/lib/i18n/localized";
import type { NotificationView } from "./list-notifications";

/** A translator for the "notifications" namespace (next-intl's, on the server or from createTranslator). */
export type NotificationTranslator = (key: NamespaceKey<"notifications">, values?: Record<string, string | number>) => string;

/** What a review notification says was done. */
const reviewActions = ["comment", "changes_requested", "validated"] as const;

/** A date-only value ("2026-12-20") in the reader's language, read at midday UTC so that no time zone shifts the day. */
const dateText = (value: string | undefined, locale: Locale) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${value}T12:00:00Z`)) : "";

export function notificationSentence(t: NotificationTranslator, locale: Locale, item: NotificationView): string {
  const text = (value: NotificationView["stepTitle"]) => (value === null ? "" : typeof value === "string" ? value : localized(value, locale));
  const values = {
    actor: item.actorName ?? t("someone"),
    country: item.countryName ? localized(item.countryName, locale) : "",
    subject: item.params.subjectType === "country_step" ? text(item.stepTitle) : (item.params.subject ?? ""),
    agency: item.params.agency ?? "",
    title: item.params.title ?? "",
    need: item.params.need ?? "",
    count: Number(item.params.count ?? 0),
    round: item.params.round ?? "",
    date: dateText(item.params.dueOn, locale),
    reason: item.params.reason ?? "",
  };
  if (item.kind === "review_comment" || item.kind === "review_decision") return t(`sentences.${isOneOf(reviewActions, item.params.action) ? item.params.action : "comment"}`, values);
  if (item.kind === "report_reminder") return t(item.params.reminder === "overdue" ? "sentences.reportOverdue" : "sentences.reportDue", values);
  if (item.kind === "report_decision") return t(item.params.decision === "returned" ? "sentences.reportReturned" : "sentences.reportAccepted", values);
  if (item.kind === "webhook_disabled") return t(item.params.reason === "gone" ? "sentences.webhookGone" : "sentences.webhookFailing", values);
  if (item.kind === "support_added") return item.params.count ? t("sentences.supportImported", values) : t("sentences.supportAdded", values);
  return t("sentences.needAnswered", values);
}
