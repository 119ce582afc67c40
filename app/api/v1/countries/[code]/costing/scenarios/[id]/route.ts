import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const PATCH = serve("PATCH", "/countries/{code}/costing/scenarios/{id}");
