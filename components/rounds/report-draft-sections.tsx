/**
 * What a country report draws from its period's data, read-only: step status changes, milestones, support
 * transactions, needs opened and answered, indicator values. Drawn live while the report is written, and as frozen
 * at submission once it is submitted or accepted; items kept from the reader by the sharing rule are counted.
 */
import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { dateOnly, dateOnlyFormat } from "@/components/progress/dates";
import { formatIndicatorFigure } from "@/components/results/indicator-figures";
import { Money } from "@/components/support/money";
import { Link } from "@/components/ui/link";
import type { Locale } from "@/lib/i18n/locales";
import { localized, titleText } from "@/lib/i18n/localized";
import type { CountryReportView } from "@/lib/rounds/get-country-report";

type Draft = CountryReportView["data"];

function DraftSection({ id, title, empty, children }: { id: string; title: string; empty: string; children: ReactNode[] }) {
  return (
    <section aria-labelledby={id} className="mt-5">
      <h3 id={id} className="font-semibold">
        {title} <span className="font-normal text-slate-600">({children.length})</span>
      </h3>
      {children.length === 0 ? <p className="text-sm text-slate-600">{empty}</p> : <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">{children}</ul>}
    </section>
  );
}

export async function ReportDraftSections({ countryCode, data, frozen }: { countryCode: string; data: Draft; frozen: boolean }) {
  const [t, tStatus, tFlow, tPriority, tSex, format, locale] = await Promise.all([
    getTranslations("rounds.report.draft"),
    getTranslations("stepStatus"),
    getTranslations("support.flow"),
    getTranslations("support.priority"),
    getTranslations("countryResults.chart.sex"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const day = (value: string) => format.dateTime(dateOnly(value), dateOnlyFormat);
  const status = (value: string | null) => (value && value in stepStatusWords ? tStatus(value as keyof typeof stepStatusWords) : t("noStatus"));
  const step = (title: Parameters<typeof titleText>[0] | null) => (title ? titleText(title, locale) : t("noStep"));
  const base = `/countries/${countryCode}`;

  return (
    <section aria-labelledby="report-draft" className="mt-8">
      <h2 id="report-draft" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">
        {frozen ? t("frozen", { date: format.dateTime(new Date(data.drawnAt), { dateStyle: "medium", timeStyle: "short" }) }) : t("live")}
      </p>
      {data.keptFromReader > 0 ? <p className="mt-1 text-sm text-slate-600">{t("kept", { count: data.keptFromReader })}</p> : null}
      <DraftSection id="draft-status" title={t("statusChanges")} empty={t("none")}>
        {data.statusChanges.map((change, index) => (
          <li key={`${change.countryStepId}-${index}`}>
            {t("statusChange", { step: step(change.stepTitle), from: status(change.from), to: status(change.to), date: day(change.on) })}
          </li>
        ))}
      </DraftSection>
      <DraftSection id="draft-milestones" title={t("milestones")} empty={t("none")}>
        {data.milestones.map((milestone) => (
          <li key={milestone.id}>
            <Link href={`${base}/milestones/${milestone.id}`}>{milestone.title}</Link> · {step(milestone.stepTitle)} · {day(milestone.occurredOn)}
          </li>
        ))}
      </DraftSection>
      <DraftSection id="draft-transactions" title={t("transactions")} empty={t("none")}>
        {data.transactions.map((transaction) => (
          <li key={transaction.id}>
            {day(transaction.occurredOn)} · {transaction.agency} · <Link href={`/support/${transaction.supportEntryId}`}>{transaction.entryTitle}</Link> ·{" "}
            {transaction.type in flowWords ? tFlow(transaction.type as keyof typeof flowWords) : transaction.type} <Money amount={transaction.amount} currency={transaction.currency} />
          </li>
        ))}
      </DraftSection>
      <DraftSection id="draft-needs" title={t("needsOpened")} empty={t("none")}>
        {data.needsOpened.map((need) => (
          <li key={need.id}>
            {day(need.on)} · {need.description} · {need.priority in priorityWords ? tPriority(need.priority as keyof typeof priorityWords) : need.priority}
          </li>
        ))}
      </DraftSection>
      <DraftSection id="draft-answers" title={t("needsAnswered")} empty={t("none")}>
        {data.needsAnswered.map((answer) => (
          <li key={`${answer.needId}-${answer.supportEntryId}`}>
            {t("answered", { date: day(answer.on), need: answer.description })} <Link href={`/support/${answer.supportEntryId}`}>{answer.entryTitle}</Link>
          </li>
        ))}
      </DraftSection>
      <DraftSection id="draft-values" title={t("indicatorValues")} empty={t("none")}>
        {data.indicatorValues.map((value) => (
          <li key={value.id}>
            {localized(value.name, locale)} (<code>{value.code}</code>) · {value.period} · {value.sex in sexWords ? tSex(value.sex as keyof typeof sexWords) : value.sex} ·{" "}
            {formatIndicatorFigure(format, value.value)}
          </li>
        ))}
      </DraftSection>
    </section>
  );
}

// The value lists a frozen snapshot may name, checked before translating: a snapshot outlives the lists it was written with.
const stepStatusWords = { not_started: 1, in_progress: 1, completed: 1, not_applicable: 1 };
const flowWords = { pledged: 1, committed: 1, disbursed: 1, spent: 1 };
const priorityWords = { high: 1, medium: 1, low: 1 };
const sexWords = { total: 1, female: 1, male: 1 };
