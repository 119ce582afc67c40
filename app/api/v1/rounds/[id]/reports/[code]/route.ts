import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const GET = serve("GET", "/rounds/{id}/reports/{code}");
export const PUT = serve("PUT", "/rounds/{id}/reports/{code}");
