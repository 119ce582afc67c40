import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const GET = serve("GET", "/rounds/{id}");
export const PATCH = serve("PATCH", "/rounds/{id}");
export const DELETE = serve("DELETE", "/rounds/{id}");
