/**
 * The pending sign-in's cookie (lib/auth/pending-sign-in.ts): httpOnly, this site only, for five minutes; set by
 * the password step, read and cleared by the second-factor step, both inside next-auth's route, and read by the
 * second-factor page to know whether there is anything to complete.
 */
import "server-only";
import { cookies, headers } from "next/headers";
import { type PendingSignIn, pendingSignInLifetimeSeconds, readPendingSignIn, signPendingSignIn } from "./pending-sign-in";
import { requestOriginOf } from "./request-host";

const cookieName = "socle.pending-sign-in";

export async function setPendingSignIn(claims: Omit<PendingSignIn, "expiresAt">): Promise<void> {
  // Over HTTPS the cookie is sent over HTTPS only, as next-auth does with its own.
  const secure = requestOriginOf(await headers())?.startsWith("https:") ?? false;
  (await cookies()).set(cookieName, signPendingSignIn(claims), { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: pendingSignInLifetimeSeconds });
}

export async function readPendingSignInCookie(): Promise<PendingSignIn | null> {
  return readPendingSignIn((await cookies()).get(cookieName)?.value);
}

export async function clearPendingSignIn(): Promise<void> {
  (await cookies()).delete(cookieName);
}
