/** Downloads a library resource's file for any signed-in reader, as an attachment (see app/_edge/file-response.ts). */
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { getResourceFile } from "@/lib/library/get-resource";
import { getActor } from "@/lib/session";
import { fileResponse } from "@/app/_edge/file-response";
import { errorResponse } from "@/app/_edge/route-errors";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
    return fileResponse(await getResourceFile(await getDb(), actor, (await params).id));
  } catch (error) {
    return errorResponse(error);
  }
}
