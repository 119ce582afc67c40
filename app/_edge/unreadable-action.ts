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
import { maxFormFields } from "@/lib/validation/form-data";

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
 * What a form posted without a session may weigh: the only actions open to it (accepting an invitation, resetting
 * a password) send a few short texts, so nobody unknown gets 52 MB read and parsed for them.
 */
export const anonymousActionLimitBytes = 64 * 1024;

/** A session cookie (next-auth's, possibly split in chunks) or an API token: checked by the action, only seen here. */
function carriesCredentials(request: NextRequest): boolean {
  if (/^bearer\s/i.test(request.headers.get("authorization") ?? "")) return true;
  return request.cookies.getAll().some(({ name }) => /^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(name));
}

/** The body, read only until it reaches `limitBytes` (null then): a stream without Content-Length is not read to its end. */
async function bodyWithin(request: NextRequest, limitBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = request.clone().body?.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.byteLength;
    if (length >= limitBytes) {
      // Not awaited: cancelling one branch of a cloned body settles only once the other branch is cancelled too.
      reader.cancel().catch(() => undefined);
      return null;
    }
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) bytes.set(chunk, (offset += chunk.byteLength) - chunk.byteLength);
  return bytes;
}

/**
 * How many parts a multipart body holds, counted by its boundary (which no part may contain) without parsing it:
 * a body of more parts than any form has is refused before the proxy and then Next parse every one.
 */
function partsIn(bytes: Uint8Array<ArrayBuffer>, type: string): number {
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  if (!boundary) return 0; // the parse below refuses it
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = -1; // the closing delimiter ends the last part
  for (let at = body.indexOf(delimiter); at !== -1; at = body.indexOf(delimiter, at + delimiter.length)) count++;
  return count;
}

/**
 * Null when the action's body is one Next can read; otherwise the answer. `tooLarge` answers a body that
 * reached `limitBytes`, or the anonymous limit without a session (one streamed without Content-Length arrives
 * cut at the limit); a Content-Length over it is refused before anything is read.
 */
export async function refuseUnreadableAction(request: NextRequest, limitBytes: number, tooLarge: () => NextResponse): Promise<NextResponse | null> {
  if (request.method !== "POST" || request.nextUrl.pathname.startsWith("/api/")) return null;
  const type = request.headers.get("content-type") ?? "";
  const limit = carriesCredentials(request) ? limitBytes : Math.min(limitBytes, anonymousActionLimitBytes);
  const multipart = /^multipart\/form-data\s*;/i.test(type);
  const actionCall = request.headers.has("next-action") && /^text\/plain\s*(;|$)/i.test(type);
  if (!multipart && !actionCall) return refusal(request, 415);
  if (Number(request.headers.get("content-length") ?? 0) >= limit) return tooLarge();
  const bytes = await bodyWithin(request, limit);
  if (!bytes) return tooLarge();
  if (multipart) {
    if (partsIn(bytes, type) > maxFormFields) return tooLarge();
    return (await parses(() => new Response(bytes, { headers: { "content-type": type } }).formData())) ? null : refusal(request, 400);
  }
  // React sends an action's arguments as a JSON array.
  const text = new TextDecoder().decode(bytes);
  return (await parses(async () => { if (!Array.isArray(JSON.parse(text))) throw new Error("not an array"); })) ? null : refusal(request, 400);
}
