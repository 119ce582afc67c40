/**
 * The history of a country's plan, newest first: steps' dates planned, milestones planned, changed, withdrawn,
 * restored and logged, baselines saved, withdrawn and restored; who, when, about which step, and what changed.
 * Reads `getPlanHistory` (lib/plans/plan-history.ts).
 */
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { HistoryList } from "@/components/ui/history-list";
import type { Locale } from "@/lib/i18n/locales";
import { titleText } from "@/lib/i18n/localized";
import { isOneOf } from "@/lib/i18n/message-key";
import type { CountedPage } from "@/lib/paging";
import type { PlanHistoryEntry } from "@/lib/plans/plan-history";
import { planActions } from "@/lib/plans/plan-records";
import type { HistoryEntry } from "@/lib/progress/list-history";

const fields = ["title", "description", "expectedOn", "sharingLevel", "name", "note"] as const;

export async function PlanHistory({ history, pageHref }: { history: CountedPage<PlanHistoryEntry>; pageHref: (page: number) => string }) {
  const [t, tPaging, format, locale] = await Promise.all([getTranslations("plans.history"), getTranslations("paging"), getFormatter(), getLocale() as Promise<Locale>]);
  const day = (value: unknown) => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "…");
  const stepOf = (entry: HistoryEntry) => (entry as PlanHistoryEntry).step;
  const describe = (entry: HistoryEntry) => {
    const after = (field: string) => entry.changes.find((change) => change.field === field)?.after;
    if (entry.action === "stepPlan.set") return t("dates", { start: day(after("plannedStart")), end: day(after("plannedEnd")) });
    if (entry.action.endsWith(".withdraw")) {
      const reason = after("reason");
      return typeof reason === "string" ? reason : "";
    }
    const changed = entry.changes.filter((change) => isOneOf(fields, change.field)).map((change) => t(`fields.${change.field as (typeof fields)[number]}`));
    return changed.length ? t("changed", { fields: changed.join(", ") }) : "";
  };
  return (
    <HistoryList
      history={history}
      headingId="plan-history"
      heading={t("heading")}
      empty={t("empty")}
      pagesLabel={tPaging("historyPages")}
      pageHref={pageHref}
      what={(entry) => {
        const step = stepOf(entry);
        return (
          <>
            <span className="font-medium">{isOneOf(planActions, entry.action) ? t(`actions.${entry.action}`) : entry.action}</span>
            {step ? <span className="break-words">{` · ${titleText(step, locale)}`}</span> : null}
            {entry.subject ? <span className="break-words">{` · ${entry.subject}`}</span> : null}
          </>
        );
      }}
      byWhomWhen={(entry) => t("by", { name: entry.actorName ?? "—", date: format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" }) })}
      describe={describe}
    />
  );
}
