import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const GET = serve("GET", "/exchange-rates/{id}");
export const PATCH = serve("PATCH", "/exchange-rates/{id}");
