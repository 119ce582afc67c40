/** Downloads a library resource's file for any signed-in reader, as an attachment (see app/_edge/file-response.ts). */
import { fileResponse } from "@/app/_edge/file-response";
import { respondToActor } from "@/app/_edge/route-errors";
import { getResourceFile } from "@/lib/library/get-resource";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return respondToActor(async ({ db, actor }) => fileResponse(await getResourceFile(db, actor, id)));
}
