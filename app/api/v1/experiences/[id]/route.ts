import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const GET = serve("GET", "/experiences/{id}");
export const PATCH = serve("PATCH", "/experiences/{id}");
export const DELETE = serve("DELETE", "/experiences/{id}");
