import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ExportLinks } from "@/components/reports/export-links";
import { ReportSection } from "@/components/reports/report-parts";
import { SpfiStatusBadge } from "@/components/countries/status-badges";
import { Money } from "@/components/support/money";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import { getSummaryReport } from "@/lib/reports/get-summary-report";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

async function ReportsPage() {
  const locale = (await getLocale()) as Locale;
  const { actor, report } = await loadPage(async ({ db, actor }) => ({ actor, report: await getSummaryReport(db, actor, locale) }));
  const [t, tCountries, tSupport, format] = await Promise.all([getTranslations("reports"), getTranslations("countries"), getTranslations("support"), getFormatter()]);

  return (
    <article className="report">
      <PageHeader
        title={t("title")}
        intro={`${t("intro")} ${t("preparedBy", { date: format.dateTime(new Date(), { dateStyle: "medium" }), name: actor.name })}`}
        actions={
          <a href="/reports/pdf" download className={buttonClassName("primary", "print:hidden")}>
            {t("downloadPdf")}
          </a>
        }
      />
      <ReportSection id="summary" title={t("summaryTitle")}>
        {report.countries.length === 0 ? (
          <EmptyState>{tCountries("empty")}</EmptyState>
        ) : (
          <Table caption={t("summaryTitle")}>
            <thead>
              <tr>
                <Th>{tCountries("name")}</Th>
                <Th>{tCountries("spfiStatus")}</Th>
                <Th className="text-right">{tCountries("stepsDone")}</Th>
                <Th className="text-right">{t("inProgress")}</Th>
                <Th className="text-right">{t("supportEntries")}</Th>
                <Th className="text-right">{tSupport("flow.committed")}</Th>
                <Th className="text-right">{tSupport("flow.gap")}</Th>
              </tr>
            </thead>
            <tbody>
              {report.countries.map((country) => (
                <tr key={country.code} className="break-inside-avoid">
                  <Td>
                    <Link href={`/reports/countries/${country.code}`}>{country.name}</Link>
                  </Td>
                  <Td label={tCountries("spfiStatus")}>
                    <SpfiStatusBadge status={country.spfiStatus} />
                  </Td>
                  <Td label={tCountries("stepsDone")} className="text-right tabular-nums">{t("stepsOf", { done: country.stepsDone, total: country.stepsApplicable })}</Td>
                  <Td label={t("inProgress")} className="text-right tabular-nums">{country.inProgress}</Td>
                  <Td label={t("supportEntries")} className="text-right tabular-nums">{t("entriesByKind", { technical: country.technicalEntries, financial: country.financialEntries })}</Td>
                  <Td label={tSupport("flow.committed")} className="text-right">
                    {country.totals.length
                      ? country.totals.map((row) => (
                          <div key={row.currency}>
                            <Money amount={row.committed} currency={row.currency} />
                          </div>
                        ))
                      : "—"}
                  </Td>
                  <Td label={tSupport("flow.gap")} className="text-right">
                    {country.totals.length
                      ? country.totals.map((row) => (
                          <div key={row.currency}>
                            <Money amount={row.gap} currency={row.currency} />
                          </div>
                        ))
                      : "—"}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <p className="mt-3 text-sm text-slate-600 print:hidden">
          {t("summaryDownloads")} <a href="/exports/summary.csv">{t("csv", { table: t("summaryTitle") })}</a> ·{" "}
          <a href="/exports/summary.xlsx">{t("xlsx", { table: t("summaryTitle") })}</a>
        </p>
      </ReportSection>
      <ExportLinks query={{}} />
    </article>
  );
}

export default withRefusal(ReportsPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
