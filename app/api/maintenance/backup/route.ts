/**
 * A consistent backup of the embedded database taken by the server that holds it, for `npm run db:backup`.
 * Only a caller that can read the data folder's maintenance key gets an answer; anyone else gets a 404.
 */
import { getEngine } from "@/db";
import { readEnv } from "@/lib/env";
import { attachment } from "@/lib/files/content-disposition";
import { isMaintenanceKey } from "@/lib/maintenance-key";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const env = readEnv();
  if (!isMaintenanceKey(env, request.headers.get("x-socle-maintenance-key"))) return new Response("Not Found", { status: 404 });
  const engine = await getEngine();
  if (!engine.dumpDataDir) {
    return Response.json({ error: { code: "CONFLICT", message: "This server uses PostgreSQL: back it up with npm run db:backup, which calls pg_dump." } }, { status: 409 });
  }
  const tarball = await engine.dumpDataDir();
  return new Response(tarball.stream(), {
    headers: { "content-type": "application/gzip", "content-disposition": attachment("socle-pglite.tar.gz"), "cache-control": "no-store" },
  });
}
