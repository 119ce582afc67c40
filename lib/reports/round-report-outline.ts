/**
 * An accepted country report of a round as a document says it (decision 2060): its facts (round, period, who
 * submitted and accepted it, the narrative's language), the narrative, then what the period's data said when it was
 * submitted, a table per kind. One outline, in the reader's words, drawn by both the print page (its PDF) and the
 * Word document, so the two never disagree.
 */
import { indicatorSexes, needKinds, priorities, stepStatuses, transactionTypes } from "@/db/schema/values";
import { localized, titleText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { isOneOf } from "@/lib/i18n/message-key";
import type { AcceptedReport, AcceptedRound } from "./accepted-reports";
import type { Cell, Column } from "./docx/builders";
import type { DocumentWords } from "./docx/words";

export type OutlineTable = { columns: Column[]; rows: Cell[][] };
/** A section: its paragraphs (in `lang` when not the reader's: a narrative), or its table, or the sentence that says it is empty. */
export type OutlineSection = { id: string; title: string; paragraphs: string[]; lang: Locale | null; table: OutlineTable | null; empty: string | null };
export type ReportOutline = { title: string; facts: [label: string, value: string][]; notes: string[]; sections: OutlineSection[] };

const noValue = "—";

type ColumnKey = "date" | "step" | "change" | "milestone" | "agency" | "entry" | "type" | "amount" | "need" | "kind" | "priority" | "answeredBy" | "indicator" | "period" | "sex" | "value";

/** A text typed in a form, as paragraphs: each blank-line-separated part one. */
const paragraphsOf = (text: string) =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.trim())
    .filter(Boolean);

function narrative(id: "achievements" | "difficulties" | "nextSteps", text: string, lang: Locale, words: DocumentWords): OutlineSection {
  const paragraphs = paragraphsOf(text);
  return { id, title: words.t(`documents.section.${id}`), paragraphs, lang, table: null, empty: paragraphs.length ? null : words.t("documents.nothingWritten") };
}

function tableSection(id: string, title: string, columns: Column[], rows: Cell[][], words: DocumentWords): OutlineSection {
  return { id, title, paragraphs: [], lang: null, table: rows.length ? { columns, rows } : null, empty: rows.length ? null : words.t("documents.noneInPeriod") };
}

/** "Benin: Annual report 2026" and its sections, in the reader's words; the narrative as its working group wrote it. */
export function acceptedReportOutline(accepted: AcceptedReport, words: DocumentWords): ReportOutline {
  const { t, locale, day, money } = words;
  const { round, report, data } = accepted;
  // The snapshot is JSON frozen at submission: its codes are narrowed (isOneOf) before they name a message.
  const column = (key: ColumnKey, numeric = false): Column => ({ label: t(`documents.column.${key}`), numeric });
  const byOn = (date: Date | null, name: string | null) => (date ? t("documents.byOn", { date: day(date), name: name ?? noValue }) : noValue);
  const step = (title: Parameters<typeof titleText>[0] | null) => (title === null ? noValue : titleText(title, locale));
  const stepStatus = (status: string | null) => (status && isOneOf(stepStatuses, status) ? t(`stepStatus.${status}`) : noValue);

  return {
    title: t("documents.countryReportTitle", { country: localized(accepted.countryName, locale), round: round.name }),
    facts: [
      [t("documents.fact.round"), round.name],
      [t("documents.fact.period"), t("documents.periodValue", { start: day(round.periodStart), end: day(round.periodEnd) })],
      [t("documents.fact.dueOn"), day(round.dueOn)],
      [t("documents.fact.submitted"), byOn(report.submittedAt, accepted.submittedByName)],
      [t("documents.fact.accepted"), byOn(report.decidedAt, accepted.decidedByName)],
      [t("documents.fact.language"), t(`languages.${report.locale}`)],
    ],
    notes: [
      t("documents.frozen", { date: day(new Date(data.drawnAt)) }),
      ...(data.keptFromReader > 0 ? [t("documents.keptFromReader", { count: data.keptFromReader })] : []),
    ],
    sections: [
      narrative("achievements", report.achievements, report.locale, words),
      narrative("difficulties", report.difficulties, report.locale, words),
      narrative("nextSteps", report.nextSteps, report.locale, words),
      tableSection(
        "statusChanges",
        t("documents.section.statusChanges"),
        [column("date"), column("step"), column("change")],
        data.statusChanges.map((change) => [day(change.on), step(change.stepTitle), t("documents.statusChange", { from: stepStatus(change.from), to: stepStatus(change.to) })]),
        words,
      ),
      tableSection(
        "milestones",
        t("documents.section.milestones"),
        [column("date"), column("step"), column("milestone")],
        data.milestones.map((milestone) => [day(milestone.occurredOn), step(milestone.stepTitle), milestone.title]),
        words,
      ),
      tableSection(
        "transactions",
        t("documents.section.transactions"),
        [column("date"), column("agency"), column("entry"), column("type"), column("amount", true)],
        data.transactions.map((row) => [day(row.occurredOn), row.agency, row.entryTitle, isOneOf(transactionTypes, row.type) ? t(`support.flow.${row.type}`) : row.type, money(row.amount, row.currency)]),
        words,
      ),
      tableSection(
        "needsOpened",
        t("documents.section.needsOpened"),
        [column("date"), column("need"), column("kind"), column("priority")],
        data.needsOpened.map((need) => [
          day(need.on),
          need.description,
          isOneOf(needKinds, need.kind) ? t(`support.needKind.${need.kind}`) : need.kind,
          isOneOf(priorities, need.priority) ? t(`support.priority.${need.priority}`) : need.priority,
        ]),
        words,
      ),
      tableSection(
        "needsAnswered",
        t("documents.section.needsAnswered"),
        [column("date"), column("need"), column("answeredBy")],
        data.needsAnswered.map((answer) => [day(answer.on), answer.description, answer.entryTitle]),
        words,
      ),
      tableSection(
        "indicatorValues",
        t("documents.section.indicatorValues"),
        [column("indicator"), column("period"), column("sex"), column("value", true)],
        data.indicatorValues.map((value) => [
          [localized(value.name, locale), value.code],
          value.period,
          isOneOf(indicatorSexes, value.sex) ? t(`resultsImport.sexes.${value.sex}`) : value.sex,
          words.number(value.value, 4),
        ]),
        words,
      ),
    ],
  };
}

export type RoundOutline = { title: string; facts: [label: string, value: string][]; notes: string[]; contentsTitle: string; contents: OutlineTable };

/** The head of a round's document: its period and due date, how many reports were accepted, and those it holds. */
export function roundOutline({ round, reports }: AcceptedRound, words: DocumentWords): RoundOutline {
  const { t, locale, day } = words;
  const accepted = round.countries.filter((country) => country.status === "accepted").length;
  return {
    title: t("documents.roundTitle", { round: round.name }),
    facts: [
      [t("documents.fact.period"), t("documents.periodValue", { start: day(round.periodStart), end: day(round.periodEnd) })],
      [t("documents.fact.dueOn"), day(round.dueOn)],
    ],
    notes: [t("documents.acceptedCount", { accepted, asked: round.countries.length })],
    contentsTitle: t("documents.contents"),
    contents: {
      columns: [{ label: t("documents.column.country") }, { label: t("documents.column.acceptedOn") }],
      rows: reports.map((report) => [localized(report.countryName, locale), report.report.decidedAt ? day(report.report.decidedAt) : noValue]),
    },
  };
}
