/** The country report as an editable Word document, beside its PDF: for those who may read the report, in their language. */
import { docxResponse } from "@/app/_edge/docx-response";
import { countryReportDocx } from "@/lib/reports/docx/country-report-docx";
import { getCountryReport } from "@/lib/reports/get-country-report";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return docxResponse(async ({ db, actor, words }) => {
    const report = await getCountryReport(db, actor, code);
    const now = new Date();
    return {
      fileName: `socle-report-${report.country.code}-${now.toISOString().slice(0, 10)}.docx`,
      bytes: await countryReportDocx(report, words, { by: actor.name, on: now }),
    };
  });
}
