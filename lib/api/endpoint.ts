/**
 * How a JSON API endpoint is declared, once: its method and path, the zod schemas of its path parameters,
 * query, body and response, and a handler that calls one lib/ function. The same declaration is served (by
 * app/_edge/api-route.ts) and described (by lib/api/openapi.ts).
 */
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import type * as core from "zod/v4/core";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Classic Zod (for response descriptions) and Zod Mini (for schemas shared with forms) both qualify. */
type Schema = core.$ZodType & { parse(input: unknown): unknown; safeParse(input: unknown): { success: boolean } };
type ObjectSchema = core.$ZodObject & Schema;
type Parsed<S> = S extends core.$ZodType ? core.output<S> : undefined;

export type EndpointContext<Params, Query, Body> = {
  db: Database;
  actor: Actor;
  params: Params;
  query: Query;
  body: Body;
  /** The request's bytes, for an endpoint that takes a file (`upload`) rather than JSON. */
  upload?: Uint8Array;
  /** Work to run once the answer is sent (a long read, such as an IATI file's dry run), in the same process. */
  runAfterResponse: (work: () => Promise<void>) => void;
};

/** A file sent as the request body in one of these media types, read up to `maxBytes` (413 beyond, 415 for another type). */
export type UploadBody = { mediaTypes: readonly string[]; maxBytes: number; description: string };

export type Endpoint<
  Params extends ObjectSchema | undefined = ObjectSchema | undefined,
  Query extends ObjectSchema | undefined = ObjectSchema | undefined,
  Body extends Schema | undefined = Schema | undefined,
  Response extends Schema = Schema,
> = {
  method: HttpMethod;
  /** Below /api/v1, OpenAPI style: "/countries/{code}". */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  params?: Params;
  query?: Query;
  body?: Body;
  /** A file as the body, in place of `body`. */
  upload?: UploadBody;
  response: Response;
  /** 200 unless the endpoint creates something (201). */
  successStatus?: 200 | 201;
  /** A create that honours an `Idempotency-Key` header: a retry gets the first answer and writes nothing more. */
  idempotent?: true;
  handle: (context: EndpointContext<Parsed<Params>, Parsed<Query>, Parsed<Body>>) => Promise<core.input<Response>>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds endpoints of every shape
export type AnyEndpoint = Endpoint<any, any, any, any>;

export function defineEndpoint<
  Params extends ObjectSchema | undefined = undefined,
  Query extends ObjectSchema | undefined = undefined,
  Body extends Schema | undefined = undefined,
  Response extends Schema = Schema,
>(endpoint: Endpoint<Params, Query, Body, Response>): Endpoint<Params, Query, Body, Response> {
  return endpoint;
}
