/** The actor of the current request, for pages, server actions and route handlers: by API token or by session. */
import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db";
import type { Actor } from "./actor";
import { authenticateApiToken } from "./auth/authenticate-api-token";
import { requestOriginOf } from "./auth/request-host";
import { loadSessionActor } from "./auth/sessions";

/** Who is acting, and how they proved it: route handlers protect session-authenticated writes against CSRF. */
export type Authentication = { actor: Actor; via: "token" | "session" };

/**
 * A request with a Bearer Authorization header is judged by that header alone (a bad token never falls back
 * to a cookie); otherwise by next-auth's session (other schemes, such as a proxy's Basic auth, are not ours). Either way the actor is loaded fresh from the database, so a
 * role change, a deactivation or a revoked token takes effect at once.
 */
export const getAuthentication = cache(async (): Promise<Authentication | null> => {
  const authorization = (await headers()).get("authorization");
  const db = await getDb();
  if (authorization && /^bearer\s/i.test(authorization)) {
    const actor = await authenticateApiToken(db, authorization);
    return actor ? { actor, via: "token" } : null;
  }
  const actor = await loadSessionActor(db, await readSessionToken());
  return actor ? { actor, via: "session" } : null;
});

/**
 * next-auth's session token as it decodes it (signature, expiry, chunked cookies), without its session
 * callbacks: the session check happens in the one actor load above, so a page costs no extra query.
 */
async function readSessionToken() {
  const [headerList, cookieStore] = await Promise.all([headers(), cookies()]);
  const cookieValues = Object.fromEntries(cookieStore.getAll().map((cookie) => [cookie.name, cookie.value]));
  // getToken reads a request's cookies and headers; a server component has them from next/headers.
  const request = { cookies: cookieValues, headers: Object.fromEntries(headerList) } as unknown as Parameters<typeof getToken>[0]["req"];
  // next-auth names the cookie __Secure-… when it signed in over HTTPS, judged by the request's address as here.
  const secureCookie = requestOriginOf(headerList)?.startsWith("https:") ?? false;
  return getToken({ req: request, secret: process.env.NEXTAUTH_SECRET, secureCookie });
}

export const getActor = cache(async (): Promise<Actor | null> => (await getAuthentication())?.actor ?? null);
