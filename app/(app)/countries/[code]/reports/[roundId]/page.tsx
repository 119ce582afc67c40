/**
 * A country's report for a reporting round (issue 20, decision 2040): where it stands, the narrative (a form for the
 * working group while the report is written, read-only otherwise), submit, accept, return and reopen, what the
 * period's data says, the history, and the accepted report's PDF and Word downloads.
 */
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { dateOnly, dateOnlyFormat } from "@/components/progress/dates";
import { DownloadLink } from "@/components/reports/download-link";
import { NarrativeForm } from "@/components/rounds/narrative-form";
import { ReportDraftSections } from "@/components/rounds/report-draft-sections";
import { ReportStatusBadge } from "@/components/rounds/report-status-badge";
import { ReportHistory, ReportNotice, ReportWorkflow } from "@/components/rounds/report-workflow";
import { RoundsBreadcrumb } from "@/components/rounds/rounds-breadcrumb";
import { DoneNotice } from "@/components/ui/done-notice";
import { PageHeader } from "@/components/ui/page-header";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getCountryReport } from "@/lib/rounds/get-country-report";
import { getReportHistory } from "@/lib/rounds/report-history";
import { acceptReportAction, reopenReportPeriodAction, returnReportAction, saveReportNarrativeAction, submitReportAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; roundId: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((code: string, roundId: string) =>
  loadPage(async ({ db, actor }) => {
    const [country, view] = await Promise.all([countryFor(db, actor, code), getCountryReport(db, actor, roundId, code)]);
    const history = view.report ? await getReportHistory(db, actor, view.report.id) : [];
    return { country, view, history };
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { code, roundId } = await params;
  const { country, view } = await load(code, roundId);
  const [t, locale] = await Promise.all([getTranslations("rounds.report"), getLocale()]);
  return { title: t("title", { round: view.round.name, country: localized(country.name, locale as Locale) }) };
}

const doneMessages = ["saved", "submitted", "accepted", "returned", "reopened"] as const;

async function CountryReportPage({ params, searchParams }: Props) {
  const [{ code, roundId }, { done }] = await Promise.all([params, searchParams]);
  const { country, view, history } = await load(code, roundId);
  const [t, tLanguages, format, locale] = await Promise.all([getTranslations("rounds.report"), getTranslations("languages"), getFormatter(), getLocale()]);
  const countryName = localized(country.name, locale as Locale);
  const day = (value: string) => format.dateTime(dateOnly(value), dateOnlyFormat);
  const report = view.report;
  const narrativeLocale = report?.locale ?? (locale as Locale);
  const documents = `/reports/rounds/${view.round.id}/countries/${view.countryCode}`;

  return (
    <>
      <PageHeader title={t("title", { round: view.round.name, country: countryName })} intro={t("intro", { start: day(view.round.periodStart), end: day(view.round.periodEnd), due: day(view.round.dueOn) })}>
        <RoundsBreadcrumb trail={[{ href: `/rounds/${view.round.id}`, label: view.round.name }]} />
      </PageHeader>
      <DoneNotice done={done} known={doneMessages} message={(key) => t(`done.${key}`)} />
      <p className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <span>{t("standing")}</span>
        <ReportStatusBadge status={report?.status ?? "not_started"} />
        {report ? <span className="text-slate-600">{t("writtenIn", { language: tLanguages(report.locale) })}</span> : null}
      </p>
      <div className="mb-6">
        <ReportNotice view={view} />
      </div>

      <section aria-labelledby="report-narrative">
        <h2 id="report-narrative" className="mb-3 text-lg font-semibold">
          {t("narrativeTitle")}
        </h2>
        {view.may.write ? (
          <ClientMessages namespaces={["rounds"]}>
            <NarrativeForm
              action={saveReportNarrativeAction}
              lang={narrativeLocale}
              initial={{
                roundId: view.round.id,
                countryCode: view.countryCode,
                version: report ? String(report.version) : "",
                achievements: report?.achievements ?? "",
                difficulties: report?.difficulties ?? "",
                nextSteps: report?.nextSteps ?? "",
              }}
            />
          </ClientMessages>
        ) : report ? (
          <dl className="max-w-3xl space-y-4" lang={narrativeLocale}>
            {(["achievements", "difficulties", "nextSteps"] as const).map((part) => (
              <div key={part}>
                <dt className="font-semibold">{t(part)}</dt>
                <dd className="mt-1 whitespace-pre-line">{report[part] || <span className="text-slate-600">{t("nothingWritten")}</span>}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="text-sm text-slate-600">{t("notStarted")}</p>
        )}
      </section>

      <ReportWorkflow
        view={view}
        actions={{ submit: submitReportAction, accept: acceptReportAction, return: returnReportAction, reopen: reopenReportPeriodAction }}
      />

      {report?.status === "accepted" ? (
        <section aria-labelledby="report-downloads" className="mt-8 print:hidden">
          <h2 id="report-downloads" className="mb-2 text-lg font-semibold">
            {t("downloadsTitle")}
          </h2>
          <ClientMessages namespaces={["downloads"]}>
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <DownloadLink href={`${documents}.pdf`} label={t("downloadPdf")} />
              <DownloadLink href={`${documents}.docx`} label={t("downloadDocx")} />
            </p>
          </ClientMessages>
        </section>
      ) : null}

      <ReportDraftSections countryCode={view.countryCode} data={view.data} frozen={view.frozen} />
      {report ? <ReportHistory entries={history} /> : null}
    </>
  );
}

export default withRefusal(CountryReportPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
