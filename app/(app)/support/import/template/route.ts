/** The import template, as CSV or XLSX, with example rows for the adviser's own agency and a help sheet in their language. */
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { agenciesOf } from "@/lib/actor";
import { listAgencyNames } from "@/lib/agencies/agency-names";
import { attachment } from "@/lib/files/content-disposition";
import { columnValues, exchangeColumns, requiredColumns } from "@/lib/support/exchange-format";
import { templateRows } from "@/lib/support/exchange-template";
import { exchangeCsv, exchangeXlsx } from "@/lib/support/write-exchange-file";
import { getActor } from "@/lib/session";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response("Sign in first", { status: 401 });
  const [agencyId] = agenciesOf(actor);
  const [agency] = agencyId ? await listAgencyNames(await getDb(), [agencyId]) : [];
  const rows = templateRows(agency?.acronym ?? "UNICEF");
  const format = new URL(request.url).searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const headers = { "Cache-Control": "no-store", "Content-Disposition": attachment(`socle-support-template.${format}`) };
  if (format === "csv") return new Response(exchangeCsv(rows), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });

  const [t, tColumns] = await Promise.all([getTranslations("import"), getTranslations("import.columns")]);
  const help = exchangeColumns.map((column) => ({
    column,
    required: requiredColumns.includes(column) ? t("required") : "",
    values: [tColumns(column), columnValues[column]?.join(", ")].filter(Boolean).join(" — "),
  }));
  const body = await exchangeXlsx(rows, help);
  return new Response(new Uint8Array(body), {
    headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
}
