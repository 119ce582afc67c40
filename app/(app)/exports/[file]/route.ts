/**
 * Downloads an export: /exports/{milestones|steps|needs|support|schemes|assessment|assessment-gaps|costing-comparison|results-across|indicator-values|plan|round-completeness|exchange-rates|summary|all}.{csv|xlsx}, and /exports/support.xml for
 * IATI, with the filters of the page it was linked from. The file is written while it is sent.
 */
import { getLocale, getTranslations } from "next-intl/server";
import { errorResponse, respondToActor } from "@/app/_edge/route-errors";
import { publicOrigin } from "@/app/_edge/public-origin";
import { invalidInput, notFound } from "@/lib/errors";
import { attachment } from "@/lib/files/content-disposition";
import type { Locale } from "@/lib/i18n/locales";
import { byteStream } from "@/lib/reports/byte-stream";
import { exportSupportIati } from "@/lib/reports/export-iati";
import { type ExportName, exportNames, exportTables } from "@/lib/reports/exports";
import { csvStream } from "@/lib/reports/write-csv-stream";
import { xlsxStream } from "@/lib/reports/write-xlsx-stream";
import { fieldErrorsOf } from "@/lib/validation/parse";
import { exportFileQuery } from "@/lib/validation/reports";
import type { HeaderOf } from "@/lib/reports/tabular";

export const dynamic = "force-dynamic";

const contentTypes = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xml: "application/xml; charset=utf-8",
} as const;

function headers(file: string, format: keyof typeof contentTypes, rowCount: number | null): HeadersInit {
  return {
    "Content-Type": contentTypes[format],
    "Content-Disposition": attachment(`socle-${file}`),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    ...(rowCount === null ? {} : { "X-Export-Rows": String(rowCount) }),
  };
}

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file: asked } = await params;
  return respondToActor(async ({ db, actor }) => {
    const match = /^([\w-]+)\.(csv|xlsx|xml)$/.exec(asked);
    const [name, format] = [match?.[1] as ExportName, match?.[2] as keyof typeof contentTypes];
    const offered = name === "all" ? format === "xlsx" : format !== "xml" || name === "support";
    if (!match || !exportNames.includes(name) || !offered) throw notFound();
    const input = Object.fromEntries(new URL(request.url).searchParams);
    const named = exportFileQuery.safeParse(input);
    if (!named.success) return errorResponse(invalidInput(fieldErrorsOf(named.error)), 400);
    const stamp = new Date().toISOString().slice(0, 10);
    const file = `${name}${named.data.country ? `-${named.data.country}` : ""}-${stamp}.${format}`;
    if (format === "xml") {
      const { rowCount, leftOut, chunks } = await exportSupportIati(db, actor, input);
      // Entries of agencies without an IATI organisation identifier are not in the file (decision 2140); its comment says so too.
      const said = { ...headers(file, format, rowCount), "X-Iati-Left-Out": String(leftOut.entries) };
      return new Response(byteStream(chunks), { headers: said });
    }
    const locale = (await getLocale()) as Locale;
    const [{ rowCount, tables }, t] = await Promise.all([
      exportTables(db, actor, name, input, { locale, origin: await publicOrigin(), format }),
      getTranslations(),
    ]);
    const headerOf: HeaderOf = (column) => (column.label ? t(column.label) : column.key);
    const sheets = tables.map((table) => (table.title ? { ...table, name: t(table.title) } : table));
    const body = format === "csv" ? csvStream(sheets[0]!, headerOf) : xlsxStream(sheets, headerOf);
    return new Response(body, { headers: headers(file, format, rowCount) });
  });
}
