import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const GET = serve("GET", "/reports/summary");
