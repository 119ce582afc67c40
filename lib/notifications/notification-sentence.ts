/** A notification as one sentence in the reader's language: the bell's list and the notification mail say the same. */
import type { Locale } from "@/lib/i18n/locales";
import { isOneOf, type NamespaceKey } from "@/lib/i18n/message-key";
import { localized } from "@/lib/i18n/localized";
import type { NotificationView } from "./list-notifications";

/** A translator for the "notifications" namespace (next-intl's, on the server or from createTranslator). */
export type NotificationTranslator = (key: NamespaceKey<"notifications">, values?: Record<string, string | number>) => string;

/** What a review notification says was done. */
const reviewActions = ["comment", "changes_requested", "validated"] as const;

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
  };
  if (item.kind === "review_comment" || item.kind === "review_decision") return t(`sentences.${isOneOf(reviewActions, item.params.action) ? item.params.action : "comment"}`, values);
  if (item.kind === "support_added") return item.params.count ? t("sentences.supportImported", values) : t("sentences.supportAdded", values);
  return t("sentences.needAnswered", values);
}
