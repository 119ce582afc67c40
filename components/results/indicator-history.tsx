/** The history of a followed indicator and its values, newest first: who did what, when, to which period, and why. */
import { getFormatter, getTranslations } from "next-intl/server";
import { NumberedPager } from "@/components/ui/pager";
import { isOneOf } from "@/lib/i18n/message-key";
import type { CountedPage } from "@/lib/paging";
import type { HistoryEntry } from "@/lib/progress/list-history";

/** Each action of the audit log, by the catalogue key that names it. */
const actionKeys = {
  "countryIndicator.follow": "follow",
  "countryIndicator.edit": "edit",
  "countryIndicator.withdraw": "withdraw",
  "countryIndicator.restore": "restore",
  "indicatorValue.record": "valueRecord",
  "indicatorValue.propose": "valuePropose",
  "indicatorValue.import": "valueImport",
  "indicatorValue.edit": "valueEdit",
  "indicatorValue.accept": "valueAccept",
  "indicatorValue.decline": "valueDecline",
  "indicatorValue.replace": "valueReplace",
  "indicatorValue.withdraw": "valueWithdraw",
  "indicatorValue.restore": "valueRestore",
} as const;
const actions = Object.keys(actionKeys) as (keyof typeof actionKeys)[];

/** The fields a change records, by the catalogue key of the label the forms give them. */
const fieldKeys = {
  baselineValue: "follow.baselineValue",
  baselineYear: "follow.baselineYear",
  baselineSource: "follow.baselineSource",
  targets: "follow.targets",
  sharingLevel: "follow.sharingLevel",
  countryStepIds: "follow.steps",
  schemeIds: "follow.schemes",
  recommendationIds: "follow.recommendations",
  period: "value.period",
  periodStart: "value.periodStart",
  periodEnd: "value.periodEnd",
  sex: "value.sex",
  value: "history.fields.value",
  source: "value.source",
  note: "value.note",
  evidenceUrl: "value.evidenceUrl",
  status: "history.fields.status",
  origin: "values.origin",
  obsStatus: "history.fields.obsStatus",
} as const;
const fieldNames = Object.keys(fieldKeys) as (keyof typeof fieldKeys)[];

export async function IndicatorHistory({ history, pageHref }: { history: CountedPage<HistoryEntry>; pageHref: (page: number) => string }) {
  const [t, tResults, tPaging, format] = await Promise.all([getTranslations("countryResults.history"), getTranslations("countryResults"), getTranslations("paging"), getFormatter()]);
  const fieldName = (field: string) => (isOneOf(fieldNames, field) ? tResults(fieldKeys[field]) : field);
  const detail = (entry: HistoryEntry) => {
    const after = (field: string) => entry.changes.find((change) => change.field === field)?.after;
    const reason = after("reason");
    if (typeof reason === "string") return reason;
    const value = after("value");
    if (entry.action === "indicatorValue.edit" || entry.action === "countryIndicator.edit") {
      const fields = [...new Set(entry.changes.map((change) => change.field).filter((field) => field !== "import").map(fieldName))];
      return fields.length ? t("changed", { fields: fields.join(", ") }) : "";
    }
    return typeof value === "string" ? t("figure", { value }) : "";
  };
  return (
    <section aria-labelledby="indicator-history">
      <h2 id="indicator-history" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>
      {history.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-2 border-l-2 border-slate-200 pl-4 text-sm">
          {history.rows.map((entry) => {
            return (
              <li key={entry.id}>
                <p>
                  <span className="font-medium">{isOneOf(actions, entry.action) ? t(`actions.${actionKeys[entry.action]}`) : entry.action}</span>
                  {entry.subject && entry.action.startsWith("indicatorValue.") ? ` · ${t("period", { period: entry.subject })}` : ""}{" "}
                  <span className="text-slate-600">{t("by", { name: entry.actorName ?? "—", date: format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" }) })}</span>
                </p>
                {detail(entry) ? <p className="text-slate-600">{detail(entry)}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
      <NumberedPager place={history} label={tPaging("historyPages")} href={pageHref} />
    </section>
  );
}
