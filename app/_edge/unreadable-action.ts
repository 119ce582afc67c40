/**
 * For proxy.ts: a POST to a page is a server action, sent by a form (multipart) or by JavaScript (`Next-Action`
 * with a text or multipart body). Another content type, a body that does not parse, or one cut at the size
 * limit would make Next fail with a 500 before the action runs; these are refused here with a 4xx instead.
 */
import { NextResponse, type NextRequest } from "next/server";
import { chooseLocale, localeCookie } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import es from "@/lib/i18n/messages/es.json";
import fr from "@/lib/i18n/messages/fr.json";
import pt from "@/lib/i18n/messages/pt.json";

const catalogues = { en, es, fr, pt };

/** A plain-text refusal in the language of the request (the cookie or Accept-Language: the proxy has no session). */
function refusal(request: NextRequest, status: 400 | 415): NextResponse {
  const locale = chooseLocale(null, request.cookies.get(localeCookie)?.value, request.headers.get("accept-language"));
  return new NextResponse(catalogues[locale].errors.unreadableRequest, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

async function parses(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read();
    return true;
  } catch {
    return false;
  }
}

/**
 * Null when the action's body is one Next can read; otherwise the answer. `tooLarge` answers a body that
 * reached `limitBytes` (one streamed without Content-Length arrives cut at the limit).
 */
export async function refuseUnreadableAction(request: NextRequest, limitBytes: number, tooLarge: () => NextResponse): Promise<NextResponse | null> {
  if (request.method !== "POST" || request.nextUrl.pathname.startsWith("/api/")) return null;
  const type = request.headers.get("content-type") ?? "";
  if (/^multipart\/form-data\s*;/i.test(type)) {
    const bytes = await request.clone().arrayBuffer();
    if (bytes.byteLength >= limitBytes) return tooLarge();
    return (await parses(() => new Response(bytes, { headers: { "content-type": type } }).formData())) ? null : refusal(request, 400);
  }
  if (request.headers.has("next-action") && /^text\/plain\s*(;|$)/i.test(type)) {
    // React sends an action's arguments as a JSON array.
    const text = await request.clone().text();
    return (await parses(async () => { if (!Array.isArray(JSON.parse(text))) throw new Error("not an array"); })) ? null : refusal(request, 400);
  }
  return refusal(request, 415);
}
