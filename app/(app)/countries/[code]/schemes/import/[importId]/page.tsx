import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { libMessages } from "@/app/_edge/lib-messages";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ImportApplyCard, ImportErrorTable, ImportOutcome, ImportRowOutcome, ImportRows } from "@/components/imports/import-check";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Td } from "@/components/ui/table";
import { getSchemeImport } from "@/lib/assessment/import-schemes";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { LabelledColumnKey } from "@/lib/reports/tabular";
import { applySchemeImportAction } from "../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schemeImport"))("reportTitle") };
}

type Props = { params: Promise<{ code: string; importId: string }> };

async function SchemeImportCheckPage({ params }: Props) {
  const { code, importId } = await params;
  const { country, checked } = await loadPage(async ({ db, actor }) => {
    const country = await countryFor(db, actor, code, "scheme.write");
    return { country, checked: await getSchemeImport(db, actor, { countryCode: country.code, importId }) };
  });
  const [t, tSchemes, tImport, tExports, translate, locale] = await Promise.all([
    getTranslations("schemeImport"),
    getTranslations("schemes"),
    getTranslations("import"),
    getTranslations("exports.column"),
    libMessages(),
    getLocale(),
  ]);
  const { report } = checked;
  const countryName = localized(country.name, locale as Locale);
  const columnName = (column: string) => tExports(column as LabelledColumnKey);
  const hasErrors = report.errors.length > 0;
  const inventory = `/countries/${country.code}/schemes`;

  return (
    <>
      <PageHeader title={t("reportTitle")} intro={t("reportIntro", { file: checked.fileName, rows: report.rowCount, country: countryName })}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={inventory}>{tSchemes("countryTitle", { country: countryName })}</Link> · <Link href={`${inventory}/import`}>{t("title")}</Link>
        </nav>
      </PageHeader>

      <ImportOutcome appliedAt={checked.appliedAt} counts={report.counts} errorCount={report.errors.length} />
      {!checked.appliedAt && !hasErrors ? (
        <ImportApplyCard counts={report.counts} action={applySchemeImportAction} fields={{ countryCode: country.code, importId: checked.id }} />
      ) : null}
      {hasErrors ? (
        <>
          <ImportErrorTable errors={report.errors.map((error) => ({ line: error.line, column: error.column ? columnName(error.column) : "—", problem: translate(error.message) }))} />
          <p className="mb-8 text-sm">
            <Link href={`${inventory}/import`}>{t("checkAnother")}</Link>
          </p>
        </>
      ) : null}

      <ImportRows count={report.rows.length} headings={[tImport("row"), t("scheme"), tImport("outcome")]}>
        {report.rows.map((row) => (
          <tr key={row.line}>
            <Td label={tImport("row")}>{row.line}</Td>
            <Td label={t("scheme")}>{row.schemeId ? <Link href={`${inventory}/${row.schemeId}`}>{row.name}</Link> : row.name}</Td>
            <Td label={tImport("outcome")}>
              <ImportRowOutcome action={row.action} changes={row.changes.length ? t("changes", { columns: row.changes.map(columnName).join(", ") }) : ""} />
            </Td>
          </tr>
        ))}
      </ImportRows>
    </>
  );
}

export default withRefusal(SchemeImportCheckPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
