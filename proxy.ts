/**
 * Runs before every page: a fresh CSP nonce (so no inline script runs without it), and the requested path
 * handed to server components so a sign-in redirect can bring the user back. Authorization is not decided
 * here: pages and lib/ check it where the data is read or changed.
 */
import { type NextRequest, NextResponse } from "next/server";
import { uploadRequestLimitMegabytes } from "@/lib/validation/upload-limits";

const uploadLimitBytes = uploadRequestLimitMegabytes * 1024 * 1024;

/**
 * A form posted without JavaScript whose files exceed what Socle accepts in all: send the browser back to
 * the page with a message, rather than let Next fail the action. With JavaScript the form checks sizes first.
 */
function tooLargeUpload(request: NextRequest): NextResponse | null {
  if (request.method !== "POST" || Number(request.headers.get("content-length") ?? 0) <= uploadLimitBytes) return null;
  if (request.headers.has("next-action")) return new NextResponse(null, { status: 413 });
  const back = request.nextUrl.clone();
  back.searchParams.set("refused", "tooLarge");
  return NextResponse.redirect(back, 303);
}

function contentSecurityPolicy(nonce: string): string {
  const development = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React and Next set style attributes at run time; inline styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const refused = tooLargeUpload(request);
  if (refused) return refused;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-socle-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
