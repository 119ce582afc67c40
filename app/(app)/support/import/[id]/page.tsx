import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ImportApplyCard, ImportErrorTable, ImportOutcome, ImportRowOutcome, ImportRows } from "@/components/imports/import-check";
import { PageHeader } from "@/components/ui/page-header";
import { Td } from "@/components/ui/table";
import { getSupportImport } from "@/lib/support/import-support";
import { libMessages } from "@/app/_edge/lib-messages";
import { applyImportAction } from "../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("reportTitle") };
}

async function ImportReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const checked = await loadPage(({ db, actor }) => getSupportImport(db, actor, id));
  const { report } = checked;
  const [t, translate] = await Promise.all([getTranslations("import"), libMessages()]);
  const hasErrors = report.errors.length > 0;

  return (
    <>
      <PageHeader title={t("reportTitle")} intro={t("reportIntro", { file: checked.fileName, rows: report.rowCount })}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href="/support/import">{t("title")}</Link>
        </nav>
      </PageHeader>

      <ImportOutcome appliedAt={checked.appliedAt} counts={report.counts} errorCount={report.errors.length} />
      {!checked.appliedAt && !hasErrors ? <ImportApplyCard counts={report.counts} action={applyImportAction} fields={{ importId: checked.id }} /> : null}
      {hasErrors ? (
        <ImportErrorTable
          errors={report.errors.map((error) => ({ line: error.line, column: <span className="font-mono text-xs">{error.column ?? "—"}</span>, problem: translate(error.message) }))}
        />
      ) : null}

      <ImportRows count={report.rows.length} headings={[t("row"), t("record"), t("reference"), t("outcome")]}>
        {report.rows.map((row) => (
          <tr key={row.line}>
            <Td label={t("row")}>{row.line}</Td>
            <Td label={t("record")}>{t(`recordKind.${row.record}`)}</Td>
            <Td label={t("reference")}>
              {row.agency} · {row.reference}
            </Td>
            <Td label={t("outcome")}>
              <ImportRowOutcome action={row.action} changes={row.changes.join(", ")} />
            </Td>
          </tr>
        ))}
      </ImportRows>
    </>
  );
}

export default withRefusal(ImportReportPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
