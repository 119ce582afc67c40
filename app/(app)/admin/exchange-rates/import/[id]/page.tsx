import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { libMessages } from "@/app/_edge/lib-messages";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { periodLabel } from "@/components/exchange-rates/period-label";
import { ImportApplyCard, ImportErrorTable, ImportOutcome, ImportRowOutcome } from "@/components/imports/import-check";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { getExchangeRateImport } from "@/lib/funding/rates/import-exchange-rates";
import { applyExchangeRateImportAction } from "../../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exchangeRates.importPage"))("reportTitle") };
}

const skipReasons = ["baseCurrency", "unknownCurrency", "duplicate"] as const;

async function ExchangeRateImportReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const checked = await loadPage(({ db, actor }) => getExchangeRateImport(db, actor, id));
  const { report } = checked;
  const [t, tRates, tNav, translate, format] = await Promise.all([
    getTranslations("exchangeRates.importPage"),
    getTranslations("exchangeRates"),
    getTranslations("nav"),
    libMessages(),
    getFormatter(),
  ]);
  // The shared import cards count "unchanged" as the rows they skip.
  const counts = { add: report.counts.add, update: report.counts.update, skip: report.counts.unchanged };
  const changeCount = report.counts.add + report.counts.update;
  return (
    <>
      <PageHeader title={t("reportTitle")} intro={t("reportIntro", { file: checked.fileName, rows: report.rowCount, layout: t(`layout.${report.layout}`) })}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 text-sm">
          <Link href="/admin/exchange-rates">{tNav("exchangeRates")}</Link> · <Link href="/admin/exchange-rates/import">{t("title")}</Link>
        </nav>
      </PageHeader>

      <ImportOutcome appliedAt={checked.appliedAt} counts={counts} errorCount={report.errors.length} />
      {report.errors.length === 0 ? (
        <ul className="mb-6 space-y-1 text-sm text-slate-700" data-testid="rate-import-counts">
          {(["add", "update", "unchanged", ...skipReasons] as const).map((kind) =>
            report.counts[kind] > 0 || kind === "add" ? <li key={kind}>{t(`counts.${kind}`, { count: report.counts[kind] })}</li> : null,
          )}
        </ul>
      ) : null}
      {report.attribution ? <p className="mb-6 text-sm text-slate-600">{t("attribution")}</p> : null}
      {!checked.appliedAt && report.errors.length === 0 ? <ImportApplyCard counts={counts} action={applyExchangeRateImportAction} fields={{ importId: checked.id }} /> : null}
      {report.errors.length > 0 ? (
        <ImportErrorTable errors={report.errors.map((error) => ({ line: error.line, column: <span className="font-mono text-xs">{error.column ?? "—"}</span>, problem: translate(error.message) }))} />
      ) : null}

      {report.changes.length > 0 ? (
        <section aria-labelledby="rate-changes" className="mb-8">
          <h2 id="rate-changes" className="mb-3 text-lg font-semibold">
            {t("changesTitle")}
          </h2>
          {changeCount > report.changes.length ? <p className="mb-2 text-sm text-slate-600">{t("changesMore", { shown: report.changes.length, total: changeCount })}</p> : null}
          <Table caption={t("changesTitle")} headings={[t("row"), tRates("fields.currency"), tRates("fields.period"), tRates("fields.rate"), t("previous"), tRates("fields.source"), ""]}>
            {report.changes.map((change) => (
              <tr key={change.line}>
                <Td label={t("row")}>{change.line}</Td>
                <Td label={tRates("fields.currency")} className="font-mono">
                  {tRates("perBase", { currency: change.currency, base: change.baseCurrency })}
                </Td>
                <Td label={tRates("fields.period")}>{periodLabel(format, change.period, change.periodStart)}</Td>
                <Td label={tRates("fields.rate")} className="font-mono">
                  {change.rate}
                </Td>
                <Td label={t("previous")} className="font-mono">
                  {change.previousRate ?? "—"}
                </Td>
                <Td label={tRates("fields.source")}>{change.source}</Td>
                <Td>
                  <ImportRowOutcome action={change.action} changes="" />
                </Td>
              </tr>
            ))}
          </Table>
        </section>
      ) : null}

      {report.skipped.length > 0 ? (
        <section aria-labelledby="rate-skipped">
          <h2 id="rate-skipped" className="mb-3 text-lg font-semibold">
            {t("skippedTitle")}
          </h2>
          <details>
            <summary className="mb-2 cursor-pointer text-sm">{t("skippedTitle")}</summary>
            <Table caption={t("skippedTitle")} headings={[t("row"), tRates("fields.currency"), t("problem")]}>
              {report.skipped.map((row) => (
                <tr key={row.line}>
                  <Td label={t("row")}>{row.line}</Td>
                  <Td label={tRates("fields.currency")} className="font-mono">
                    {row.currency}
                  </Td>
                  <Td label={t("problem")}>{t(`reasons.${row.reason}`)}</Td>
                </tr>
              ))}
            </Table>
          </details>
        </section>
      ) : null}
    </>
  );
}

export default withRefusal(ExchangeRateImportReportPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
