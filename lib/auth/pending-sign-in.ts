/**
 * A "pending sign-in": what the password step leaves, instead of a session, for a person with a second factor. It
 * names the person and the session version they had, lasts five minutes, and is signed with a key derived from
 * the installation's secret, so it cannot be made or altered by hand. Only a second factor turns it into a session.
 */
import * as z from "zod/mini";
import { keyedHash, sameHash } from "./installation-key";

export const pendingSignInLifetimeSeconds = 5 * 60;

export type PendingSignIn = { userId: string; sessionVersion: number; callbackUrl: string; expiresAt: number };

const claimsSchema = z.object({ userId: z.uuid(), sessionVersion: z.int(), callbackUrl: z.string(), expiresAt: z.number() });

export function signPendingSignIn(claims: Omit<PendingSignIn, "expiresAt">, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...claims, expiresAt: Math.floor(now / 1000) + pendingSignInLifetimeSeconds })).toString("base64url");
  return `${payload}.${keyedHash("pending-sign-in", payload)}`;
}

/** The claims of an authentic token still within its five minutes; null for anything else. */
export function readPendingSignIn(token: string | null | undefined, now = Date.now()): PendingSignIn | null {
  const [payload, signature] = (token ?? "").split(".");
  if (!payload || !signature || !sameHash(signature, keyedHash("pending-sign-in", payload))) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const claims = claimsSchema.safeParse(parsed);
  if (!claims.success || claims.data.expiresAt <= now / 1000) return null;
  return claims.data;
}
