/**
 * Serves a declared /api/v1 endpoint from a route file: `export const GET = serve("GET", "/countries/{code}")`.
 * The endpoint is looked up in lib/api/endpoints, so a route file cannot serve what the description lacks.
 */
import "server-only";
import { after } from "next/server";
import { getDb } from "@/db";
import type { HttpMethod } from "@/lib/api/endpoint";
import { findEndpoint } from "@/lib/api/endpoints";
import { handleApiRequest } from "@/lib/api/handle-api-request";
import { getAuthentication } from "@/lib/session";
import { errorResponse } from "./route-errors";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export function serve(method: HttpMethod, path: string) {
  const endpoint = findEndpoint(method, path);
  return async function handler(request: Request, context: RouteContext): Promise<Response> {
    try {
      const { status, body, replayed } = await handleApiRequest(endpoint, request, await context.params, {
        db: await getDb(),
        authenticate: getAuthentication,
        runAfterResponse: (work) => after(work),
      });
      const headers: Record<string, string> = { "Cache-Control": "private, no-store" };
      if (replayed) headers["Idempotent-Replayed"] = "true";
      return Response.json(body, { status, headers });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
