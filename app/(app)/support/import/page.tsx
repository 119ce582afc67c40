import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { checkImportAction } from "./actions";
import { ImportColumnTable, ImportStart } from "@/components/imports/import-start";
import { PageHeader } from "@/components/ui/page-header";
import { mayAddSupport } from "@/lib/support/capabilities";
import { columnValues, exchangeColumns, requiredColumns } from "@/lib/support/exchange-format";
import { importLimits } from "@/lib/imports/import-limits";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

async function ImportPage() {
  await loadPage(async ({ actor }) => {
    if (!mayAddSupport(actor)) forbidden();
  });
  const [t, tColumns] = await Promise.all([getTranslations("import"), getTranslations("import.columns")]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { rows: importLimits.maxRows })}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href="/support">{t("backToList")}</Link>
        </nav>
      </PageHeader>
      <ImportStart
        uploadTitle={t("uploadTitle")}
        check={checkImportAction}
        startTitle={t("templateTitle")}
        startIntro={t("templateIntro")}
        downloads={[
          { href: "/support/import/template?format=xlsx", label: t("templateXlsx") },
          { href: "/support/import/template?format=csv", label: t("templateCsv") },
        ]}
      />
      <ImportColumnTable
        title={t("columnsTitle")}
        headings={[t("column"), t("meaning"), t("values")]}
        rows={exchangeColumns.map((column) => ({
          key: column,
          cells: [`${column}${requiredColumns.includes(column) ? ` (${t("required")})` : ""}`, tColumns(column), <span key="values" className="font-mono text-xs">{columnValues[column]?.join(", ") ?? ""}</span>],
        }))}
      />
    </>
  );
}

export default withRefusal(ImportPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
