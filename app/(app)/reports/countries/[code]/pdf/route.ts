/** The country report as a PDF: the print-ready page, printed by Chromium. */
import { pdfResponse } from "@/app/_edge/pdf-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const code = (await params).code.toUpperCase().replace(/[^A-Z]/g, "").slice(0, 2);
  return pdfResponse(request, `/reports/countries/${code}`, `socle-report-${code}-${new Date().toISOString().slice(0, 10)}.pdf`);
}
