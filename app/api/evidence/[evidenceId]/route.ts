/** Downloads an evidence file for a signed-in reader who may see it (its country, its sharing level). */
import { fileResponse } from "@/app/_edge/file-response";
import { respondToActor } from "@/app/_edge/route-errors";
import { getEvidenceFile } from "@/lib/progress/get-evidence-file";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  const { evidenceId } = await params;
  return respondToActor(async ({ db, actor }) => fileResponse(await getEvidenceFile(db, actor, evidenceId)));
}
