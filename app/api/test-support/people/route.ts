/**
 * For the browser tests only: creates a person holding one role, so each test signs in as someone of its
 * own. It exists only when the server runs with SOCLE_TEST_SUPPORT=1 (set by playwright.config.ts); anywhere
 * else it answers 404 like any unknown address.
 */
import { randomBytes } from "node:crypto";
import { getDb } from "@/db";
import { createPerson } from "@/lib/testing/test-database";
import { hashPassword } from "@/lib/auth/passwords";
import { testSupportEnabled } from "@/lib/env";
import { roles } from "@/lib/permissions";
import * as z from "zod/mini";
import { errorResponse, readJson } from "@/app/_edge/route-errors";
import { parseInput } from "@/lib/validation/parse";

export const dynamic = "force-dynamic";

const personSchema = z.object({
  role: z.nullable(z.enum(roles)),
  countryCode: z.optional(z.string().check(z.length(2))),
  agencyAcronym: z.optional(z.string().check(z.minLength(1))),
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});

export async function POST(request: Request) {
  if (!testSupportEnabled()) return new Response("Not Found", { status: 404 });
  try {
    const spec = parseInput(personSchema, await readJson(request));
    const password = randomBytes(12).toString("base64url");
    const actor = await createPerson({ db: await getDb() }, { ...spec, passwordHash: await hashPassword(password) });
    return Response.json({ userId: actor.userId, email: actor.email, name: actor.name, password }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
