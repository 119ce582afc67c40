import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ActionButton } from "@/components/ui/action-button";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getSupportImport } from "@/lib/support/import-support";
import { libMessages } from "@/app/_edge/lib-messages";
import { applyImportAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("reportTitle") };
}

const actionTones: Record<string, { tone: BadgeTone; symbol: string }> = {
  add: { tone: "success", symbol: "+" },
  update: { tone: "info", symbol: "✎" },
  skip: { tone: "muted", symbol: "=" },
};

export default async function ImportReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const checked = await loadPage(({ db, actor }) => getSupportImport(db, actor, id));
  const { report } = checked;
  const [t, translate, format] = await Promise.all([getTranslations("import"), libMessages(), getFormatter()]);
  const hasErrors = report.errors.length > 0;
  const changes = report.counts.add + report.counts.update;

  return (
    <>
      <PageHeader title={t("reportTitle")} intro={t("reportIntro", { file: checked.fileName, rows: report.rowCount })}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href="/support/import">{t("title")}</Link>
        </nav>
      </PageHeader>

      {checked.appliedAt ? (
        <div className="mb-4">
          <Alert tone="success" title={t("appliedTitle")}>
            {t("appliedBody", { date: format.dateTime(checked.appliedAt, { dateStyle: "medium", timeStyle: "short" }), ...report.counts })}
          </Alert>
        </div>
      ) : hasErrors ? (
        <div className="mb-4">
          <Alert tone="error" title={t("errorsTitle", { count: report.errors.length })}>
            {t("errorsBody")}
          </Alert>
        </div>
      ) : null}

      {/* A file with problems does nothing: counts of what it would do beside "Nothing was imported" read as done. */}
      {hasErrors ? null : (
        <dl className="mb-6 grid grid-cols-3 gap-3 sm:max-w-lg" aria-label={t(checked.appliedAt ? "summaryApplied" : "summary")}>
          {(["add", "update", "skip"] as const).map((action) => (
            <div key={action} className="rounded-md border border-slate-200 bg-white p-3">
              <dt className="text-sm text-slate-500">{t(`${checked.appliedAt ? "tallyApplied" : "tally"}.${action}`, { count: report.counts[action] })}</dt>
              <dd className="text-2xl font-semibold">{format.number(report.counts[action])}</dd>
            </div>
          ))}
        </dl>
      )}

      {!checked.appliedAt && !hasErrors ? (
        <Card className="mb-6" aria-labelledby="apply-title">
          <h2 id="apply-title" className="mb-1 font-semibold">
            {t("applyTitle")}
          </h2>
          <p className="mb-3 text-sm text-slate-700">{changes > 0 ? t("applyIntro", { count: changes }) : t("nothingToApply")}</p>
          {changes > 0 ? (
            <ActionButton action={applyImportAction} fields={{ importId: checked.id }} label={t("apply", { count: changes })} pendingLabel={t("applying")} variant="primary" />
          ) : null}
        </Card>
      ) : null}

      {hasErrors ? (
        <section aria-labelledby="errors-title" className="mb-8">
          <h2 id="errors-title" className="mb-3 text-lg font-semibold">
            {t("errorsByRow")}
          </h2>
          <Table caption={t("errorsByRow")}>
            <thead>
              <tr>
                <Th>{t("row")}</Th>
                <Th>{t("column")}</Th>
                <Th>{t("problem")}</Th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((error, index) => (
                <tr key={index}>
                  <Td label={t("row")}>{error.line}</Td>
                  <Td label={t("column")} className="font-mono text-xs">{error.column ?? "—"}</Td>
                  <Td label={t("problem")}>{translate(error.message)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      ) : null}

      {/* Only rows read cleanly are listed: a file whose every row has a problem has none to show. */}
      {report.rows.length > 0 ? (
        <section aria-labelledby="rows-title">
          <h2 id="rows-title" className="mb-3 text-lg font-semibold">
            {t("rowsTitle")}
          </h2>
          <details open={report.rows.length <= 100}>
            <summary className="mb-2 cursor-pointer text-sm">{t("rowsSummary", { count: report.rows.length })}</summary>
            <Table caption={t("rowsTitle")}>
              <thead>
                <tr>
                  <Th>{t("row")}</Th>
                  <Th>{t("record")}</Th>
                  <Th>{t("reference")}</Th>
                  <Th>{t("outcome")}</Th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.line}>
                    <Td label={t("row")}>{row.line}</Td>
                    <Td label={t("record")}>{t(`recordKind.${row.record}`)}</Td>
                    <Td label={t("reference")}>
                      {row.agency} · {row.reference}
                    </Td>
                    <Td label={t("outcome")}>
                      <Badge tone={actionTones[row.action]!.tone} symbol={actionTones[row.action]!.symbol}>
                        {t(`action.${row.action}`)}
                      </Badge>
                      {row.changes.length ? <span className="ml-2 font-mono text-xs text-slate-600">{row.changes.join(", ")}</span> : null}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </details>
        </section>
      ) : null}
    </>
  );
}
