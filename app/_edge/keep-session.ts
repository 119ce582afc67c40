/**
 * After a password change every session of the person ends (decision 1200); the one that made the change is
 * re-issued here with the new session version, keeping its sign-in time, so its person stays signed in.
 */
import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { sessionLifetimeSeconds } from "@/lib/auth/sessions";

const sessionCookieNames = ["__Secure-next-auth.session-token", "next-auth.session-token"];

export async function keepThisSession(sessionVersion: number): Promise<void> {
  const store = await cookies();
  const secret = process.env.NEXTAUTH_SECRET ?? "";
  const name = sessionCookieNames.find((candidate) => store.has(candidate));
  const value = name ? store.get(name)?.value : undefined;
  const token = value ? await decode({ token: value, secret }) : null;
  if (!name || !token?.signedInAt) return; // a chunked or unreadable cookie: the person signs in again
  const expires = new Date((token.signedInAt + sessionLifetimeSeconds) * 1000);
  const remainingSeconds = Math.max(0, Math.floor((expires.getTime() - Date.now()) / 1000));
  const renewed = await encode({ token: { ...token, sessionVersion }, secret, maxAge: remainingSeconds });
  store.set(name, renewed, { httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-"), expires });
}
