import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const PATCH = serve("PATCH", "/planned-milestones/{id}");
export const DELETE = serve("DELETE", "/planned-milestones/{id}");
