import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const GET = serve("GET", "/support-entries");
export const POST = serve("POST", "/support-entries");
