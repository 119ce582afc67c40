/**
 * For the browser tests only: a digest of every table, so a test can tell whether a refused request changed
 * anything. Exists only when the server runs with SOCLE_TEST_SUPPORT=1; anywhere else it answers 404.
 */
import { getDb } from "@/db";
import { databaseFingerprint } from "@/db/fingerprint";
import { testSupportEnabled } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET() {
  if (!testSupportEnabled()) return new Response("Not Found", { status: 404 });
  return Response.json({ fingerprint: await databaseFingerprint(await getDb()) });
}
