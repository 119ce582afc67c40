/**
 * Runs before every request: refuses state-changing requests sent from another site, sets a fresh CSP nonce
 * (so no inline script runs without it), and hands the requested path to server components so a sign-in
 * redirect can bring the user back. Authorization is not decided here: pages and lib/ check it where the
 * data is read or changed.
 */
import { type NextRequest, NextResponse } from "next/server";
import { oidcIssuerOrigin } from "@/lib/auth/oidc-provider";
import { oidcSettings } from "@/lib/env";
import { uploadRequestLimitMegabytes } from "@/lib/validation/upload-limits";
import { refuseUnreadableAction } from "./app/_edge/unreadable-action";

const uploadLimitBytes = uploadRequestLimitMegabytes * 1024 * 1024;

/**
 * A form posted without JavaScript whose files exceed what Socle accepts in all: send the browser back to
 * the page with a message, rather than let Next fail the action. With JavaScript the form checks sizes first.
 */
function tooLargeUpload(request: NextRequest): NextResponse | null {
  if (request.method !== "POST" || Number(request.headers.get("content-length") ?? 0) <= uploadLimitBytes) return null;
  // The JSON API refuses an oversized body itself, with a 413 in the caller's language (lib/api/handle-api-request.ts).
  if (request.nextUrl.pathname.startsWith("/api/v1/")) return null;
  return refuseTooLarge(request);
}

function refuseTooLarge(request: NextRequest): NextResponse {
  if (request.headers.has("next-action")) return new NextResponse(null, { status: 413 });
  const back = request.nextUrl.clone();
  back.searchParams.set("refused", "tooLarge");
  return NextResponse.redirect(back, 303);
}

let issuerOrigin: string | null | undefined;

/**
 * Where a page's forms may lead: our own origin, and on the sign-in page the single sign-on provider's too (decision
 * 2220). Its button posts here and next-auth answers with a redirect there, which browsers check against form-action.
 */
function formTargets(pathname: string): string {
  if (pathname !== "/sign-in") return "'self'";
  if (issuerOrigin === undefined) issuerOrigin = oidcIssuerOrigin(oidcSettings());
  return issuerOrigin ? `'self' ${issuerOrigin}` : "'self'";
}

/**
 * The one route another site may frame: a country's embeddable progress chart (decision 2200). Every other page
 * refuses framing here and by X-Frame-Options (next.config.ts, which leaves this route out).
 */
const embeddableRoute = /^\/public\/(en|fr|es|pt)\/countries\/[A-Za-z]{2}\/embed$/;

function contentSecurityPolicy(nonce: string, pathname: string): string {
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
    `form-action ${formTargets(pathname)}`,
    embeddableRoute.test(pathname) ? "frame-ancestors *" : "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Stored files (evidence, library resources) carry their own stricter policy, default-src 'none'; sandbox. Next
 * keeps the proxy's header over a route's of the same name, so the page policy is not set on them at all.
 */
const ownPolicyRoutes = /^\/(api\/(evidence\/[^/]+|resources\/[^/]+\/file)|public\/evidence\/[^/]+)$/;

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Browsers send Origin with every cross-site POST. Next refuses a server action from another origin too, but
 * with a 500; refusing here answers 403 and covers route handlers alike. Requests without Origin come from
 * non-browser clients, which cannot carry a victim's cookies.
 */
function isCrossSiteWrite(request: NextRequest): boolean {
  if (safeMethods.has(request.method)) return false;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" or garbage: not a page of ours
  }
}

export async function proxy(request: NextRequest) {
  if (isCrossSiteWrite(request)) {
    return new NextResponse("Cross-site request refused.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const refused = tooLargeUpload(request) ?? (await refuseUnreadableAction(request, uploadLimitBytes, () => refuseTooLarge(request)));
  if (refused) return refused;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, request.nextUrl.pathname);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-socle-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (!ownPolicyRoutes.test(request.nextUrl.pathname)) response.headers.set("content-security-policy", policy);
  return response;
}

/** Static files and the web app manifest need no nonce and are anyone's to fetch: the proxy is not run for them. */
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|icon-maskable.svg|icons/|apple-touch-icon.png|manifest.webmanifest|robots.txt).*)" }],
};
