import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const PATCH = serve("PATCH", "/indicator-values/{id}");
