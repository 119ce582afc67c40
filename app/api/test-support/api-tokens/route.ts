/**
 * For the browser tests only: gives a test person an API token, working, revoked or expired, so the API's
 * authorization matrix can try each. Exists only when the server runs with SOCLE_TEST_SUPPORT=1; anywhere else
 * it answers 404 like any unknown address.
 */
import { getDb } from "@/db";
import { createTestApiToken } from "@/lib/testing/test-database";
import { loadActor } from "@/lib/actor";
import { testSupportEnabled } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import * as z from "zod/mini";
import { errorResponse, readJson } from "@/app/_edge/route-errors";

export const dynamic = "force-dynamic";

const tokenSchema = z.object({ userId: z.uuid(), state: z._default(z.enum(["active", "revoked", "expired"]), "active") });

export async function POST(request: Request) {
  if (!testSupportEnabled()) return new Response("Not Found", { status: 404 });
  try {
    const { userId, state } = parseInput(tokenSchema, await readJson(request));
    const db = await getDb();
    const actor = await loadActor(db, userId);
    if (!actor) throw notFound();
    return Response.json({ token: await createTestApiToken({ db }, actor, state) }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
