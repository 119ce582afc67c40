/**
 * A round's accepted reports as one document: /reports/rounds/{round}.pdf (its print page, printed by Chromium
 * through the bounded queue) or .docx, each report from a page of its own. Only the accepted reports the reader may
 * read are in it; none accepted is a 409 that says so, checked before anything is rendered.
 */
import { getDb } from "@/db";
import { documentFile, documentFileName } from "@/app/_edge/document-file";
import { docxResponse } from "@/app/_edge/docx-response";
import { pdfResponse } from "@/app/_edge/pdf-response";
import { errorResponse } from "@/app/_edge/route-errors";
import { notFound } from "@/lib/errors";
import { getAcceptedRoundReports } from "@/lib/reports/accepted-reports";
import { roundReportsDocx } from "@/lib/reports/docx/round-report-docx";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ roundId: string }> };

export async function GET(request: Request, { params }: Params) {
  const file = documentFile((await params).roundId);
  if (!file) return errorResponse(notFound());
  if (file.format === "pdf") {
    return pdfResponse(request, async (actor) => {
      const { round } = await getAcceptedRoundReports(await getDb(), actor, file.name);
      return { pagePath: `/reports/rounds/${round.id}/print`, fileName: documentFileName(["socle", round.name], "pdf") };
    });
  }
  return docxResponse(async ({ db, actor, words }) => {
    const accepted = await getAcceptedRoundReports(db, actor, file.name);
    return { fileName: documentFileName(["socle", accepted.round.name], "docx"), bytes: await roundReportsDocx(accepted, words, { by: actor.name, on: new Date() }) };
  });
}
