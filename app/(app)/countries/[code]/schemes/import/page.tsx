import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ImportColumnTable, ImportStart } from "@/components/imports/import-start";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { schemeColumnValues, schemeImportColumns } from "@/lib/assessment/scheme-import-format";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { importLimits } from "@/lib/imports/import-limits";
import { schemeExportColumns } from "@/lib/reports/export-schemes";
import type { LabelledColumnKey } from "@/lib/reports/tabular";
import { checkSchemeImportAction } from "./actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schemeImport"))("title") };
}

async function SchemeImportPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const country = await loadPage(({ db, actor }) => countryFor(db, actor, code, "scheme.write"));
  const [t, tSchemes, tExports, locale] = await Promise.all([getTranslations("schemeImport"), getTranslations("schemes"), getTranslations("exports.column"), getLocale()]);
  const countryName = localized(country.name, locale as Locale);
  const exportQuery = new URLSearchParams({ country: country.code }).toString();
  return (
    <>
      <PageHeader title={t("countryTitle", { country: countryName })} intro={t("intro", { rows: importLimits.maxRows })}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${country.code}/schemes`}>{tSchemes("countryTitle", { country: countryName })}</Link>
        </nav>
      </PageHeader>
      <ImportStart
        uploadTitle={t("uploadTitle")}
        check={checkSchemeImportAction}
        fields={{ countryCode: country.code }}
        startTitle={t("startTitle")}
        startIntro={t("startIntro")}
        downloads={[
          { href: `/exports/schemes.xlsx?${exportQuery}`, label: t("downloadXlsx") },
          { href: `/exports/schemes.csv?${exportQuery}`, label: t("downloadCsv") },
        ]}
      />
      <ImportColumnTable
        title={t("columnsTitle")}
        headings={[t("column"), t("key"), t("values")]}
        rows={schemeExportColumns.map(({ key }) => {
          const column = key as LabelledColumnKey;
          const values = schemeColumnValues[column];
          const required = schemeImportColumns.required.includes(column) ? ` (${t("required")})` : "";
          return {
            key,
            cells: [
              <span key="name" className="font-sans text-sm">{`${tExports(column)}${required}`}</span>,
              <span key="key" className="font-mono text-xs">{key}</span>,
              values ? <span key="values" className="font-mono text-xs">{`${values.codes.join(", ")}${values.several ? ` (${t("several")})` : ""}`}</span> : null,
            ],
          };
        })}
      />
    </>
  );
}

export default withRefusal(SchemeImportPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
