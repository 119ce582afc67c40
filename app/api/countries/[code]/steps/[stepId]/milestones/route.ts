/**
 * Logs a milestone with web links from a JSON body: the same lib/ function as the step page's form, for
 * scripts and other tools. Files are uploaded through the page's form.
 */
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { logMilestone } from "@/lib/progress/log-milestone";
import { getActor } from "@/lib/session";
import { errorResponse, readJson } from "@/app/_edge/route-errors";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ code: string; stepId: string }> }) {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
    const body = await readJson(request);
    const { code, stepId } = await params;
    const fields = typeof body === "object" && body !== null && !Array.isArray(body) ? body : {};
    // The address names the step; a body cannot move the milestone elsewhere, nor smuggle files in.
    const logged = await logMilestone(await getDb(), actor, { ...fields, files: undefined, countryCode: code, countryStepId: stepId });
    return Response.json({ id: logged.id, evidenceIds: logged.evidenceIds }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
