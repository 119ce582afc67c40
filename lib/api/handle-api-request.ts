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
import type { AnyEndpoint, UploadBody } from "./endpoint";
import { type ApiAnswer, requestFingerprint, withIdempotencyKey } from "./idempotency";
import { withValues } from "@/lib/validation/zod";

export type ApiDependencies = {
  db: Database;
  authenticate: () => Promise<Authentication | null>;
  /** Runs work once the answer is sent (Next's `after()` at the edge); tests run it at once. */
  runAfterResponse?: (work: () => Promise<void>) => void;
};

/** The most an API request body may weigh: far above any real request, far below what would strain the server. */
export const maxJsonBodyBytes = 1024 * 1024;

const jsonContentType = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const tooLarge = () => new AppError("TOO_LARGE", withValues("api.bodyTooLarge", { maximum: maxJsonBodyBytes / 1024 / 1024 }));

/** The body's bytes, refused as soon as they pass the limit (a body streamed without Content-Length too). */
async function readCappedBytes(request: Request, maxBytes: number, refuse: () => AppError): Promise<Uint8Array> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw refuse();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > maxBytes) throw refuse();
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks);
}

const readCapped = async (request: Request) => new TextDecoder().decode(await readCappedBytes(request, maxJsonBodyBytes, tooLarge));

/** A file sent as the body of an upload endpoint, in one of its media types and within its size. */
async function readUpload(request: Request, upload: UploadBody): Promise<Uint8Array> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!upload.mediaTypes.includes(type)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", withValues("api.mediaTypes", { types: upload.mediaTypes.join(", ") }));
  return readCappedBytes(request, upload.maxBytes, () => new AppError("TOO_LARGE", withValues("api.bodyTooLarge", { maximum: Math.round(upload.maxBytes / 1024 / 1024) })));
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
  const upload = endpoint.upload ? await readUpload(request, endpoint.upload) : undefined;
  const runAfterResponse = dependencies.runAfterResponse ?? ((work: () => Promise<void>) => void work());
  const run = async (db: Database): Promise<ApiAnswer> => {
    const result = await endpoint.handle({ db, actor: authentication.actor, params: params?.data, query, body, upload, runAfterResponse });
    return { status: endpoint.successStatus ?? 200, body: endpoint.response.parse(result) };
  };
  const key = endpoint.idempotent ? request.headers.get("idempotency-key") : null;
  if (key === null) return run(dependencies.db);
  const fingerprint = requestFingerprint(endpoint.method, url.pathname, rawBody);
  return withIdempotencyKey(dependencies.db, authentication.actor.userId, key, fingerprint, run);
}
