/** The cross-country summary as a PDF: the print-ready page, printed by Chromium for those who may read it. */
import { pdfResponse } from "@/app/_edge/pdf-response";
import { authorizeSummaryReport } from "@/lib/reports/report-access";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return pdfResponse(request, (actor) => {
    authorizeSummaryReport(actor);
    return { pagePath: "/reports", fileName: `socle-summary-${new Date().toISOString().slice(0, 10)}.pdf` };
  });
}
