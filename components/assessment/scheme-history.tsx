/** The history of a scheme, newest first: who added, corrected, withdrew or restored it, when, and which fields changed. */
import { getFormatter, getTranslations } from "next-intl/server";
import { NumberedPager } from "@/components/ui/pager";
import { isOneOf } from "@/lib/i18n/message-key";
import type { CountedPage } from "@/lib/paging";
import type { HistoryEntry } from "@/lib/progress/list-history";

const actions = ["add", "edit", "withdraw", "restore"] as const;
/** The edited fields the form labels under the same name. */
const labelled = [
  "nationalName", "englishName", "guarantees", "contribution", "kind", "status", "startedOn", "endedOn", "legalBasis", "legalBasisUrl",
  "institution", "targetGroup", "eligibility", "benefitForm", "benefitAmount", "legalCoverage", "effectiveCoverage", "coverageYear",
  "coverageSource", "expenditureAmount", "expenditureYear", "expenditureSource", "financing", "sharingLevel",
] as const;
/** The others, with the label that names them. */
const labelOf = { benefitFrequency: "frequency", benefitCurrency: "currency", expenditureCurrency: "currency" } as const;

export async function SchemeHistory({ history, pageHref }: { history: CountedPage<HistoryEntry>; pageHref: (page: number) => string }) {
  const [t, tPaging, format] = await Promise.all([getTranslations("schemes"), getTranslations("paging"), getFormatter()]);
  const fieldName = (field: string) => {
    if (isOneOf(labelled, field)) return t(`form.${field}`);
    const other = labelOf[field as keyof typeof labelOf];
    return other ? t(`form.${other}`) : field;
  };
  const describe = (entry: HistoryEntry) => {
    // An import marks its entries; the mark is not a field.
    const byImport = entry.changes.some((change) => change.field === "import" && change.after === true) ? t("historyByImport") : "";
    if (entry.action === "scheme.edit") {
      const fields = [...new Set(entry.changes.filter((change) => change.field !== "import").map((change) => fieldName(change.field)))];
      return [fields.length ? t("historyChanged", { fields: fields.join(", ") }) : "", byImport].filter(Boolean).join(" · ");
    }
    if (entry.action === "scheme.add") return byImport;
    const reason = entry.changes.find((change) => change.field === "reason")?.after;
    return entry.action === "scheme.withdraw" && typeof reason === "string" ? reason : "";
  };
  return (
    <section aria-labelledby="scheme-history">
      <h2 id="scheme-history" className="mb-3 text-lg font-semibold">
        {t("history")}
      </h2>
      {history.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("historyEmpty")}</p>
      ) : (
        <ol className="space-y-2 border-l-2 border-slate-200 pl-4 text-sm">
          {history.rows.map((entry) => {
            const action = entry.action.replace(/^scheme\./, "");
            return (
              <li key={entry.id}>
                <p>
                  <span className="font-medium">{isOneOf(actions, action) ? t(`historyActions.${action}`) : entry.action}</span>{" "}
                  <span className="text-slate-600">{t("historyBy", { name: entry.actorName ?? "—", date: format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" }) })}</span>
                </p>
                {describe(entry) ? <p className="text-slate-600">{describe(entry)}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
      <NumberedPager place={history} label={tPaging("historyPages")} href={pageHref} />
    </section>
  );
}
