/**
 * For the browser tests only: moves a person's recorded sign-in attempts into the past, so that a journey can show a
 * wait ending without waiting it out (e2e/sign-in-limits.spec.ts). Exists only when the server runs with
 * SOCLE_TEST_SUPPORT=1; anywhere else it answers 404 like any unknown address.
 */
import { getDb } from "@/db";
import { moveSignInAttemptsBack } from "@/lib/testing/test-database";
import { testSupportEnabled } from "@/lib/env";
import { emailSchema } from "@/lib/validation/accounts";
import { parseInput } from "@/lib/validation/parse";
import * as z from "zod/mini";
import { errorResponse, readJson } from "@/app/_edge/route-errors";

export const dynamic = "force-dynamic";

const moveSchema = z.object({ email: emailSchema, seconds: z.number().check(z.int(), z.gte(1), z.lte(3600)) });

export async function POST(request: Request) {
  if (!testSupportEnabled()) return new Response("Not Found", { status: 404 });
  try {
    const { email, seconds } = parseInput(moveSchema, await readJson(request));
    return Response.json({ moved: await moveSignInAttemptsBack({ db: await getDb() }, email, seconds) });
  } catch (error) {
    return errorResponse(error);
  }
}
