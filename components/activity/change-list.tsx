/** Progress changes as sentences, newest first: when, who, what, in which country and step, with a link to it. */
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { ChangeEntry } from "@/lib/activity/change-entries";
import type { Locale } from "@/lib/i18n/locales";
import { localized, titleText } from "@/lib/i18n/localized";

export async function ChangeList({ entries, label, emptyText }: { entries: ChangeEntry[]; label: string; emptyText: string }) {
  const [t, tStatus, tReview, format, locale] = await Promise.all([
    getTranslations("activity"),
    getTranslations("stepStatus"),
    getTranslations("reviewState"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  if (entries.length === 0) return <EmptyState>{emptyText}</EmptyState>;
  const status = (value: string | null) => (value ? tStatus(value as "completed") : t("unknown"));
  return (
    <ol className="space-y-2" aria-label={label}>
      {entries.map((entry) => {
        const step = entry.stepTitle === null ? "" : titleText(entry.stepTitle, locale);
        const values = {
          actor: entry.actorName ?? t("someone"),
          subject: entry.subject ?? "",
          from: status(entry.statusFrom),
          to: status(entry.statusTo),
          decision: entry.decision ? tReview(entry.decision as "validated") : "",
        };
        return (
          <li key={entry.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm" data-testid="change-entry">
            <p className="text-slate-500">
              <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}</time> ·{" "}
              <span className="font-medium text-slate-800">{localized(entry.countryName, locale)}</span>
              {step ? <> · {step}</> : null}
            </p>
            <p className="mt-1">
              <Link href={entry.link}>{t(`actions.${entry.action.replace(".", "_")}`, values)}</Link>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
