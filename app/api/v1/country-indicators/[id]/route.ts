import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const GET = serve("GET", "/country-indicators/{id}");
export const PATCH = serve("PATCH", "/country-indicators/{id}");
