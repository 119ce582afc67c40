/** The history of an entry, newest first: who did what and when, from the audit log written with each change. */
import { getFormatter, getTranslations } from "next-intl/server";
import { transactionTypes } from "@/lib/forms/choices";
import { isOneOf, type NamespaceKey } from "@/lib/i18n/message-key";
import type { SupportEntryDetails } from "@/lib/support/get-support-entry";
import { formatMoney } from "./format-money";

/** The entry's audit actions, each with its word in the history. */
const actionWords = new Map<string, NamespaceKey<"support">>([
  ["support.add", "history.support_add"],
  ["support.edit", "history.support_edit"],
  ["support.withdraw", "history.support_withdraw"],
  ["support.transaction.add", "history.support_transaction_add"],
  ["support.transaction.withdraw", "history.support_transaction_withdraw"],
]);

export async function EntryHistory({ history }: { history: SupportEntryDetails["history"] }) {
  const [t, format] = await Promise.all([getTranslations("support"), getFormatter()]);
  const describe = (event: SupportEntryDetails["history"][number]) => {
    const after = (event.after ?? {}) as Record<string, unknown>;
    const before = (event.before ?? {}) as Record<string, unknown>;
    if (event.action === "support.edit") {
      const fields = Array.isArray(after.changed) ? (after.changed as string[]) : Object.keys(after);
      return fields.length ? t("history.changed", { fields: fields.join(", ") }) : "";
    }
    const flow = event.action === "support.transaction.add" ? after : event.action === "support.transaction.withdraw" ? before : null;
    if (flow && isOneOf(transactionTypes, flow.type) && flow.amount && flow.currency) {
      const day = typeof flow.occurredOn === "string" ? format.dateTime(new Date(`${flow.occurredOn}T00:00:00Z`), { dateStyle: "medium" }) : "";
      return `${t(`flow.${flow.type}`)} · ${formatMoney(format, String(flow.amount), String(flow.currency))} · ${day}`;
    }
    if (event.action === "support.withdraw" && after.reason) return String(after.reason);
    return after.import ? t("history.byImport") : "";
  };
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title" className="mb-3 text-lg font-semibold">
        {t("historyTitle")}
      </h2>
      <ol className="space-y-2 border-l-2 border-slate-200 pl-4 text-sm">
        {history.map((event, index) => {
          const word = actionWords.get(event.action);
          return (
            <li key={index}>
              <p>
                <span className="font-medium">{word ? t(word) : event.action}</span>{" "}
                <span className="text-slate-600">
                  {t("history.by", { name: event.actorName ?? "—", date: format.dateTime(event.at, { dateStyle: "medium", timeStyle: "short" }) })}
                </span>
              </p>
              {describe(event) ? <p className="text-slate-600">{describe(event)}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
