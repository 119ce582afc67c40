/**
 * The history of an item of the matrix, newest first: who added, edited, moved, decided, endorsed, withdrew or
 * restored it, and its review (comments and decisions), when, and what changed.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { HistoryList } from "@/components/ui/history-list";
import { isOneOf } from "@/lib/i18n/message-key";
import type { CountedPage } from "@/lib/paging";
import type { HistoryEntry } from "@/lib/progress/list-history";

const actions = ["assessment.add", "assessment.edit", "assessment.move", "assessment.withdraw", "assessment.restore", "assessment.decide", "assessment.endorse", "review.comment", "review.decide", "review.state"] as const;
const labelled = ["statement", "details", "recommendationKind", "priority", "status", "decidedOn", "decisionReason"] as const;
const statuses = ["proposed", "endorsed", "adopted", "dropped"] as const;

export async function AssessmentItemHistory({ history, pageHref }: { history: CountedPage<HistoryEntry>; pageHref: (page: number) => string }) {
  const [t, tPaging, format] = await Promise.all([getTranslations("assessment"), getTranslations("paging"), getFormatter()]);
  const describe = (entry: HistoryEntry) => {
    const after = (field: string) => entry.changes.find((change) => change.field === field)?.after;
    if (entry.action === "assessment.edit") {
      const fields = entry.changes.filter((change) => isOneOf(labelled, change.field)).map((change) => t(`historyField.${change.field as (typeof labelled)[number]}`));
      return fields.length ? t("historyChanged", { fields: fields.join(", ") }) : "";
    }
    if (entry.action === "assessment.decide") {
      const status = after("status");
      const reason = after("decisionReason");
      return [isOneOf(statuses, status) ? t(`status.${status}`) : "", typeof reason === "string" ? reason : ""].filter(Boolean).join(" · ");
    }
    if (entry.action === "assessment.endorse") return t("historyEndorsedIn", { number: String(after("endorsedInVersion") ?? "") });
    const text = after("reason") ?? after("body");
    return typeof text === "string" ? text : "";
  };
  return (
    <HistoryList
      history={history}
      headingId="item-history"
      heading={t("history")}
      empty={t("historyEmpty")}
      pagesLabel={tPaging("historyPages")}
      pageHref={pageHref}
      what={(entry) => <span className="font-medium">{isOneOf(actions, entry.action) ? t(`historyActions.${entry.action.replace(".", "_") as "assessment_add"}`) : entry.action}</span>}
      byWhomWhen={(entry) => t("historyBy", { name: entry.actorName ?? "—", date: format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" }) })}
      describe={describe}
    />
  );
}
