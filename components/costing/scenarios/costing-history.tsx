/**
 * The history of a costing, or of one of its scenarios or packages, newest first: who set the frame, the years'
 * figures or the population, shared or validated it, added, changed, withdrew or restored a scenario or package,
 * or set a package's financing, when, and what changed. Reads `listCostingHistory` (lib/costing/data/history.ts).
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { HistoryList } from "@/components/ui/history-list";
import { frameFields, scenarioFields } from "@/lib/costing/data/compare";
import { isOneOf } from "@/lib/i18n/message-key";
import type { CountedPage } from "@/lib/paging";
import type { HistoryEntry } from "@/lib/progress/list-history";

const actions = [
  "costing.frame",
  "costing.years",
  "costing.population",
  "costing.share",
  "costing.validate",
  "costing.scenario_add",
  "costing.scenario_edit",
  "costing.scenario_withdraw",
  "costing.scenario_restore",
  "costing.package_add",
  "costing.package_edit",
  "costing.package_withdraw",
  "costing.financing",
  "costing.needs",
] as const;
type CostingAction = (typeof actions)[number];
type ActionKey<Action> = Action extends `costing.${infer Key}` ? Key : never;
const actionKey = (action: CostingAction) => action.slice("costing.".length) as ActionKey<CostingAction>;

/** The fields of a frame, a scenario or a package whose change an entry names. */
const fields = [...frameFields, ...scenarioFields, "position", "scenarioIds"] as const;

const yearsOf = (value: unknown) => (Array.isArray(value) ? value.filter((year) => typeof year === "number").join(", ") : "");

export async function CostingHistory({
  history,
  pageHref,
  headingId = "costing-history",
  showSubject = true,
}: {
  history: CountedPage<HistoryEntry>;
  pageHref: (page: number) => string;
  headingId?: string;
  /** Off on a scenario's or a package's own page, where every entry is of that one. */
  showSubject?: boolean;
}) {
  const [t, tPaging, format] = await Promise.all([getTranslations("costingScenarios.history"), getTranslations("paging"), getFormatter()]);
  const describe = (entry: HistoryEntry) => {
    const after = (field: string) => entry.changes.find((change) => change.field === field)?.after;
    switch (entry.action) {
      case "costing.frame":
      case "costing.scenario_edit":
      case "costing.package_edit": {
        const changed = entry.changes.filter((change) => isOneOf(fields, change.field)).map((change) => t(`fields.${change.field as (typeof fields)[number]}`));
        return changed.length ? t("changed", { fields: changed.join(", ") }) : "";
      }
      // A year's figures are recorded under the year itself.
      case "costing.years":
        return t("years", { years: entry.changes.map((change) => change.field).join(", ") });
      case "costing.population":
      case "costing.financing":
        return yearsOf(after("years")) ? t("years", { years: yearsOf(after("years")) }) : "";
      case "costing.share":
        return after("sharingLevel") === "all" ? t("sharedWithAll") : t("keptToCountry");
      case "costing.validate":
        return t("versionNumber", { number: String(after("number") ?? "") });
      default: {
        const reason = after("reason");
        return typeof reason === "string" ? reason : "";
      }
    }
  };
  return (
    <HistoryList
      history={history}
      headingId={headingId}
      heading={t("heading")}
      empty={t("empty")}
      pagesLabel={tPaging("historyPages")}
      pageHref={pageHref}
      what={(entry) => (
        <>
          <span className="font-medium">{isOneOf(actions, entry.action) ? t(`actions.${actionKey(entry.action)}`) : entry.action}</span>
          {showSubject && entry.subject ? <span className="break-words">{` · ${entry.subject}`}</span> : null}
        </>
      )}
      byWhomWhen={(entry) => t("by", { name: entry.actorName ?? "—", date: format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" }) })}
      describe={describe}
    />
  );
}
