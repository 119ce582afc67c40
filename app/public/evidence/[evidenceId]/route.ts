/** Downloads an evidence file from a public page: shared with all, of a published country (decision 2200); 404 otherwise. */
import { getDb } from "@/db";
import { fileResponse } from "@/app/_edge/file-response";
import { errorResponse } from "@/app/_edge/route-errors";
import { getPublicEvidenceFile } from "@/lib/progress/get-evidence-file";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  const { evidenceId } = await params;
  try {
    return fileResponse(await getPublicEvidenceFile(await getDb(), evidenceId));
  } catch (error) {
    return errorResponse(error);
  }
}
