import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const GET = serve("GET", "/rounds");
export const POST = serve("POST", "/rounds");
