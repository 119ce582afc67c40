/** Downloads an evidence file for a signed-in reader who may see it (its country, its sharing level). */
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { getEvidenceFile } from "@/lib/progress/get-evidence-file";
import { getActor } from "@/lib/session";
import { fileResponse } from "@/app/_edge/file-response";
import { errorResponse } from "@/app/_edge/route-errors";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
    return fileResponse(await getEvidenceFile(await getDb(), actor, (await params).evidenceId));
  } catch (error) {
    return errorResponse(error);
  }
}
