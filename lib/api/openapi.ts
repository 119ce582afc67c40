/** The OpenAPI 3.1 description of /api/v1, generated from the endpoints' own zod schemas by zod-openapi. */
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import type { AnyEndpoint } from "./endpoint";
import { errorBodySchema } from "./schemas";
import { maxJsonBodyBytes } from "./handle-api-request";
import { idempotencyKeyHours } from "./idempotency";

const idempotencyHeader = z.object({
  "Idempotency-Key": z
    .string()
    .min(1)
    .max(255)
    .optional()
    .meta({
      description: `Any unique text (a UUID, say). A retry with the same key within ${idempotencyKeyHours} hours gets the first answer again (with \`Idempotent-Replayed: true\`) and creates nothing more; the same key with another request is refused (422).`,
    }),
});

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: errorBodySchema } } });

function operationOf(endpoint: AnyEndpoint): ZodOpenApiOperationObject {
  const write = endpoint.method !== "GET";
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: endpoint.description,
    tags: endpoint.tags,
    requestParams: {
      ...(endpoint.params ? { path: endpoint.params } : {}),
      ...(endpoint.query ? { query: endpoint.query } : {}),
      ...(endpoint.idempotent ? { header: idempotencyHeader } : {}),
    },
    requestBody: endpoint.body
      ? { required: true, content: { "application/json": { schema: endpoint.body } } }
      : endpoint.upload
        ? {
            required: true,
            description: endpoint.upload.description,
            content: Object.fromEntries(endpoint.upload.mediaTypes.map((type) => [type, { schema: z.string().meta({ format: "binary" }) }])),
          }
        : undefined,
    responses: {
      [String(endpoint.successStatus ?? 200)]: { description: "Success", content: { "application/json": { schema: endpoint.response } } },
      "401": errorResponse("No valid API token or session."),
      "403": errorResponse(write ? "Not allowed, or a cross-site write with a session cookie." : "Not allowed."),
      ...(endpoint.params ? { "404": errorResponse("Nothing at this address, or not visible to you.") } : {}),
      ...(endpoint.query || endpoint.body ? { "422": errorResponse("Invalid input: `fields` says what, per field.") } : {}),
      ...(endpoint.body
        ? {
            "413": errorResponse(`A body over ${maxJsonBodyBytes / 1024 / 1024} MB.`),
            "415": errorResponse("A body sent as anything but `Content-Type: application/json`."),
          }
        : {}),
      ...(endpoint.upload
        ? {
            "413": errorResponse(`A file over ${Math.round(endpoint.upload.maxBytes / 1024 / 1024)} MB.`),
            "415": errorResponse(`A body sent as anything but ${endpoint.upload.mediaTypes.map((type) => `\`${type}\``).join(" or ")}.`),
          }
        : {}),
      "503": errorResponse(
        "The database was busy or out of reach: nothing is known to be wrong with the request. Retry after the `Retry-After` header's seconds" +
          (write ? "; a write sent with an Idempotency-Key is then written once, whether or not the first attempt was." : "."),
      ),
      ...(write
        ? {
            "409": errorResponse(
              endpoint.idempotent
                ? "A request with the same Idempotency-Key is still being handled; retry it."
                : "The record changed since the version you sent: `current` holds it.",
            ),
          }
        : {}),
    },
  };
}

export function openApiDocument(endpoints: readonly AnyEndpoint[]) {
  const paths: ZodOpenApiPathsObject = {};
  for (const endpoint of endpoints) {
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method.toLowerCase()]: operationOf(endpoint) };
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Socle API",
      version: "1",
      description:
        "National Social Protection Floor processes: countries, key steps and, as they come, milestones and support. " +
        "Authenticate with a personal API token from your profile (`Authorization: Bearer socle_…`). Errors share one body; " +
        "lists are paged with `limit` and the `cursor` of the previous page.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ apiToken: [] }, { session: [] }],
    components: {
      securitySchemes: {
        apiToken: { type: "http", scheme: "bearer", description: "A personal API token, created in your profile." },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The browser's session, for Socle's own pages." },
      },
    },
    paths,
  });
}
