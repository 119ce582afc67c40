import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const DELETE = serve("DELETE", "/plan-baselines/{id}");
