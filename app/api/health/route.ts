/** For load balancers and start-up scripts: 200 once the database answers. */
import { getEngine } from "@/db";
import { pingDatabase } from "@/lib/database-health";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const engine = await getEngine();
    await pingDatabase(engine.db);
    return Response.json({ status: "ok", database: engine.kind });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
