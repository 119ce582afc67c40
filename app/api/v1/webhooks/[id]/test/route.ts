import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const POST = serve("POST", "/webhooks/{id}/test");
