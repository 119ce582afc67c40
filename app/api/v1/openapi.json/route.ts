/** The API's OpenAPI 3.1 description, public like any API documentation; built once per server process. */
import { endpoints } from "@/lib/api/endpoints";
import { openApiDocument } from "@/lib/api/openapi";

let document: ReturnType<typeof openApiDocument> | null = null;

export function GET() {
  document ??= openApiDocument(endpoints);
  return Response.json(document, { headers: { "Cache-Control": "public, max-age=300" } });
}
