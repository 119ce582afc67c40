/** The cross-country summary as a PDF: the print-ready page, printed by Chromium. */
import { pdfResponse } from "@/app/_edge/pdf-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return pdfResponse(request, "/reports", `socle-summary-${new Date().toISOString().slice(0, 10)}.pdf`);
}
