import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const GET = serve("GET", "/countries/{code}/publication");
export const PUT = serve("PUT", "/countries/{code}/publication");
