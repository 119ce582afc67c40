/**
 * For the browser tests only: makes the demonstration dataset again (as `npm run db:seed -- --demo` does) in the
 * test server's database, for the walk that renders every page with it. Exists only when the server runs with
 * SOCLE_TEST_SUPPORT=1; anywhere else it answers 404.
 */
import { getDb } from "@/db";
import { errorResponse } from "@/app/_edge/route-errors";
import { testSupportEnabled } from "@/lib/env";
import { recreateDemoDataset } from "@/lib/seed/demo/demo-dataset";

export const dynamic = "force-dynamic";

export async function POST() {
  if (!testSupportEnabled()) return new Response("Not Found", { status: 404 });
  try {
    return Response.json(await recreateDemoDataset(await getDb()), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
