/** Maps errors for route handlers: one JSON error body for every 4xx, and a bare 500 that leaks nothing. */
import "server-only";
import { getDb } from "@/db";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { AppError, answerableError, httpStatusOf } from "@/lib/errors";
import { getActor } from "@/lib/session";
import { libMessages } from "./lib-messages";

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string>; current?: unknown } };

/** `status` overrides the code's usual one, for a malformed URL parameter (400 rather than a body's 422). */
export async function errorResponse(thrown: unknown, status?: number): Promise<Response> {
  const error = answerableError(thrown);
  if (error) {
    const translate = await libMessages();
    const fields = Object.entries(error.fieldErrors).map(([field, message]) => [field, translate(message)]);
    const body: ErrorBody = {
      error: {
        code: error.code,
        message: translate(error.message),
        ...(fields.length ? { fields: Object.fromEntries(fields) } : {}),
        ...(error.current !== undefined ? { current: error.current } : {}),
      },
    };
    // A 401 says how to authenticate (RFC 9110); Socle's API takes a bearer token.
    // A 503 says when to retry (RFC 9110): the database is busy for a moment, not gone.
    const headers: HeadersInit =
      error.code === "UNAUTHENTICATED" ? { "WWW-Authenticate": 'Bearer realm="socle"' } : error.code === "UNAVAILABLE" ? { "Retry-After": "2" } : {};
    return Response.json(body, { status: status ?? httpStatusOf[error.code], headers });
  }
  console.error(thrown);
  return Response.json({ error: { code: "INTERNAL", message: "Unexpected error" } } satisfies ErrorBody, { status: 500 });
}

/** A download route's one shape, as loadPage is a page's: the signed-in actor (else a 401) and the db, every refusal as the JSON error body. */
export async function respondToActor(respond: (request: { db: Database; actor: Actor }) => Promise<Response>): Promise<Response> {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
    return await respond({ db: await getDb(), actor });
  } catch (error) {
    return errorResponse(error);
  }
}

export { readJson } from "@/lib/api/handle-api-request";
