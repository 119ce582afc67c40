/** Any /api/v1 address that no endpoint serves: the API's JSON 404 rather than an HTML page. */
import { errorResponse } from "@/app/_edge/route-errors";
import { notFound } from "@/lib/errors";

export const dynamic = "force-dynamic";

const answer = () => errorResponse(notFound());
export { answer as GET, answer as POST, answer as PUT, answer as PATCH, answer as DELETE };
