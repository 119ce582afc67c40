/** The downloads of a report page: each table as CSV and XLSX, one workbook with them all, and IATI XML of support. */
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DownloadLink } from "./download-link";

const tables = ["steps", "milestones", "needs", "support"] as const;

export async function ExportLinks({ query }: { query: Record<string, string | undefined> }) {
  const t = await getTranslations("reports");
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  const href = (file: string) => `/exports/${file}${search ? `?${search}` : ""}`;
  return (
    <section aria-labelledby="exports-title" className="mt-8 rounded-lg border border-slate-200 bg-white p-4 print:hidden">
      <h2 id="exports-title" className="text-lg font-semibold">
        {t("exportsTitle")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("exportsIntro")}</p>
      <ClientMessages namespaces={["downloads"]}>
        <ul className="space-y-2 text-sm">
          {tables.map((table) => (
            <li key={table} className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
              <span className="min-w-56 font-medium">{t(`table.${table}`)}</span>
              <DownloadLink href={href(`${table}.csv`)} label={t("csv", { table: t(`table.${table}`) })} />
              <DownloadLink href={href(`${table}.xlsx`)} label={t("xlsx", { table: t(`table.${table}`) })} />
              {table === "support" ? <DownloadLink href={href("support.xml")} label={t("iati")} /> : null}
            </li>
          ))}
          <li className="flex flex-wrap items-baseline gap-x-4">
            <span className="min-w-56 font-medium">{t("table.all")}</span>
            <DownloadLink href={href("all.xlsx")} label={t("xlsx", { table: t("table.all") })} />
          </li>
        </ul>
      </ClientMessages>
    </section>
  );
}
