/** The country report as a PDF: the print-ready page, printed by Chromium for those who may read it. */
import { pdfResponse } from "@/app/_edge/pdf-response";
import { authorizeCountryReport } from "@/lib/reports/report-access";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return pdfResponse(request, (actor) => {
    const country = authorizeCountryReport(actor, code);
    return { pagePath: `/reports/countries/${country}`, fileName: `socle-report-${country}-${new Date().toISOString().slice(0, 10)}.pdf` };
  });
}
