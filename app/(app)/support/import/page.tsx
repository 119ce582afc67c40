import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportUploadForm } from "@/components/support/import-upload-form";
import { checkImportAction } from "./actions";
import { TitledCard } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { mayAddSupport } from "@/lib/support/capabilities";
import { columnValues, exchangeColumns, requiredColumns } from "@/lib/support/exchange-format";
import { importLimits } from "@/lib/imports/read-import-file";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportPage() {
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
      <div className="grid gap-6 lg:grid-cols-2">
        <TitledCard id="import-upload-title" title={t("uploadTitle")}>
          <ClientMessages namespaces={["import"]}>
            <ImportUploadForm action={checkImportAction} maxBytes={importLimits.maxBytes} />
          </ClientMessages>
        </TitledCard>
        <TitledCard id="import-template-title" title={t("templateTitle")}>
          <p className="mb-3 text-sm text-slate-700">{t("templateIntro")}</p>
          <ul className="space-y-1 text-sm">
            <li>
              <a href="/support/import/template?format=xlsx" download>
                {t("templateXlsx")}
              </a>
            </li>
            <li>
              <a href="/support/import/template?format=csv" download>
                {t("templateCsv")}
              </a>
            </li>
          </ul>
        </TitledCard>
      </div>
      <h2 className="mt-8 mb-3 text-lg font-semibold">{t("columnsTitle")}</h2>
      <Table caption={t("columnsTitle")}>
        <thead>
          <tr>
            <Th>{t("column")}</Th>
            <Th>{t("meaning")}</Th>
            <Th>{t("values")}</Th>
          </tr>
        </thead>
        <tbody>
          {exchangeColumns.map((column) => (
            <tr key={column}>
              <Td className="font-mono text-xs">
                {column}
                {requiredColumns.includes(column) ? ` (${t("required")})` : ""}
              </Td>
              <Td label={t("meaning")}>{tColumns(column)}</Td>
              <Td label={t("values")} className="font-mono text-xs">{columnValues[column]?.join(", ") ?? ""}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
