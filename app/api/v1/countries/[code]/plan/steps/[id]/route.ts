import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const PUT = serve("PUT", "/countries/{code}/plan/steps/{id}");
