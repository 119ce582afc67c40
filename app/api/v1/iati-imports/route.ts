import { serve } from "@/app/_edge/api-route";

export const dynamic = "force-dynamic";
export const GET = serve("GET", "/iati-imports");
export const POST = serve("POST", "/iati-imports");
