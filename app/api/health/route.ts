/** For load balancers and start-up scripts: 200 once the database answers. */
import { sql } from "drizzle-orm";
import { getEngine } from "@/db";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const engine = await getEngine();
    await engine.db.execute(sql`select 1`);
    return Response.json({ status: "ok", database: engine.kind });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
