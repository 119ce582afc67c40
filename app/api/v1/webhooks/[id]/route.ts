import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const GET = serve("GET", "/webhooks/{id}");
export const PATCH = serve("PATCH", "/webhooks/{id}");
export const DELETE = serve("DELETE", "/webhooks/{id}");
