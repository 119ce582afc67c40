/**
 * For the browser tests only: makes the demonstration dataset again (as `npm run db:seed -- --demo` does) in the
 * test server's database, for the walk that renders every page with it; with `?ifNew=1`, loads it only into a
 * database that has none yet (as a server does on start), so that each worker of the walk may ask and one loads.
 * Exists only when the server runs with SOCLE_TEST_SUPPORT=1; anywhere else it answers 404.
 */
import { getDb } from "@/db";
import { errorResponse } from "@/app/_edge/route-errors";
import { testSupportEnabled } from "@/lib/env";
import { loadDemoDatasetOnStart, recreateDemoDataset } from "@/lib/seed/demo/demo-dataset";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!testSupportEnabled()) return new Response("Not Found", { status: 404 });
  try {
    const db = await getDb();
    if (new URL(request.url).searchParams.get("ifNew") !== "1") return Response.json(await recreateDemoDataset(db), { status: 201 });
    const loaded = await loadDemoDatasetOnStart(db);
    return loaded ? Response.json(loaded, { status: 201 }) : Response.json({ loaded: false }, { status: 200 });
  } catch (error) {
    return errorResponse(error);
  }
}
