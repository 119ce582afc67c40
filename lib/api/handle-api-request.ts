/**
 * Runs one API request against its endpoint declaration: authenticates, refuses cross-site writes made with a
 * session cookie, parses parameters, query and body with the endpoint's schemas, calls its handler and shapes
 * the answer with the response schema (so the description is what is served); creates sent with an
 * `Idempotency-Key` run once. Errors are thrown as AppError
 * for the edge to map.
 */
import type { Database } from "@/db/engine";
import { AppError, invalid, notFound } from "@/lib/errors";
import type { Authentication } from "@/lib/session";
import { parseInput } from "@/lib/validation/parse";
import type { AnyEndpoint } from "./endpoint";
import { type ApiAnswer, requestFingerprint, withIdempotencyKey } from "./idempotency";
import { withValues } from "@/lib/validation/zod";

export type ApiDependencies = { db: Database; authenticate: () => Promise<Authentication | null> };

/** The most an API request body may weigh: far above any real request, far below what would strain the server. */
export const maxJsonBodyBytes = 1024 * 1024;

const jsonContentType = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const tooLarge = () => new AppError("TOO_LARGE", withValues("api.bodyTooLarge", { maximum: maxJsonBodyBytes / 1024 / 1024 }));

/** The body as text, refused as soon as it passes the limit (a body streamed without Content-Length too). */
async function readCapped(request: Request): Promise<string> {
  if (Number(request.headers.get("content-length") ?? 0) > maxJsonBodyBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > maxJsonBodyBytes) throw tooLarge();
      chunks.push(chunk);
    }
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * The request's JSON body. Another content type is refused (415) rather than guessed at, a body over the limit
 * is refused (413) unread, and a body that is not JSON is the client's mistake (422), not a server error.
 */
export async function readJson(request: Request): Promise<unknown> {
  if (!jsonContentType.test(request.headers.get("content-type") ?? "")) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "api.jsonOnly");
  const text = await readCapped(request);
  try {
    return JSON.parse(text);
  } catch {
    throw invalid({}, "errors.invalidJson");
  }
}

/**
 * Browsers send Origin on every cross-origin POST, PUT, PATCH and DELETE; a same-origin page of ours sends our
 * host. Anything else, including a missing Origin, is refused for a cookie-authenticated write.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host || origin === "null") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function queryObject(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length > 1 ? values : values[0]!;
  }
  return query;
}

export async function handleApiRequest(
  endpoint: AnyEndpoint,
  request: Request,
  rawParams: Record<string, string | string[] | undefined>,
  dependencies: ApiDependencies,
): Promise<ApiAnswer> {
  const authentication = await dependencies.authenticate();
  if (!authentication) throw new AppError("UNAUTHENTICATED", "api.unauthenticated");
  if (endpoint.method !== "GET" && authentication.via === "session" && !isSameOrigin(request)) {
    throw new AppError("FORBIDDEN", "api.crossSiteWrite");
  }
  // A path that names nothing we have is a 404, whatever is wrong with it.
  const params = endpoint.params ? endpoint.params.safeParse(rawParams) : null;
  if (params && !params.success) throw notFound();
  const url = new URL(request.url);
  const query = endpoint.query ? parseInput(endpoint.query, queryObject(url)) : undefined;
  const rawBody = endpoint.body ? await readJson(request) : undefined;
  const body = endpoint.body ? parseInput(endpoint.body, rawBody) : undefined;
  const run = async (db: Database): Promise<ApiAnswer> => {
    const result = await endpoint.handle({ db, actor: authentication.actor, params: params?.data, query, body });
    return { status: endpoint.successStatus ?? 200, body: endpoint.response.parse(result) };
  };
  const key = endpoint.idempotent ? request.headers.get("idempotency-key") : null;
  if (key === null) return run(dependencies.db);
  const fingerprint = requestFingerprint(endpoint.method, url.pathname, rawBody);
  return withIdempotencyKey(dependencies.db, authentication.actor.userId, key, fingerprint, run);
}
