/**
 * An accepted country report of a round as a document: /reports/rounds/{round}/countries/{code}.pdf (its print page,
 * printed by Chromium through the bounded queue) or .docx (written here). Both check the report's read rule and that
 * it is accepted before anything is rendered; a report not accepted is a 409 that says so.
 */
import { getDb } from "@/db";
import { documentFile, documentFileName } from "@/app/_edge/document-file";
import { docxResponse } from "@/app/_edge/docx-response";
import { pdfResponse } from "@/app/_edge/pdf-response";
import { errorResponse } from "@/app/_edge/route-errors";
import { notFound } from "@/lib/errors";
import { getAcceptedCountryReport } from "@/lib/reports/accepted-reports";
import { acceptedReportDocx } from "@/lib/reports/docx/round-report-docx";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ roundId: string; code: string }> };

export async function GET(request: Request, { params }: Params) {
  const { roundId, code } = await params;
  const file = documentFile(code);
  if (!file) return errorResponse(notFound());
  if (file.format === "pdf") {
    return pdfResponse(request, async (actor) => {
      const { round, countryCode } = await getAcceptedCountryReport(await getDb(), actor, roundId, file.name);
      return { pagePath: `/reports/rounds/${round.id}/countries/${countryCode}/print`, fileName: documentFileName(["socle", round.name, countryCode], "pdf") };
    });
  }
  return docxResponse(async ({ db, actor, words }) => {
    const accepted = await getAcceptedCountryReport(db, actor, roundId, file.name);
    return {
      fileName: documentFileName(["socle", accepted.round.name, accepted.countryCode], "docx"),
      bytes: await acceptedReportDocx(accepted, words, { by: actor.name, on: new Date() }),
    };
  });
}
