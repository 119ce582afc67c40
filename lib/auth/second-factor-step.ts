/**
 * The second factor in next-auth's credentials sign-in (decision 2230). The password step, for a person whose
 * factor is on, leaves a pending sign-in instead of a session and answers "SecondFactorRequired"; the
 * "second-factor" provider completes it with a code from the app or a recovery code, and only then does next-auth
 * make the session, through its usual callbacks. Refusals are named for the pages: SecondFactorWrong,
 * SecondFactorExpired, SecondFactorRateLimited:<minutes>.
 */
import "server-only";
import { headers } from "next/headers";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { completeSecondFactorSignIn } from "@/lib/second-factor/complete-second-factor-sign-in";
import { hasConfirmedSecondFactor } from "@/lib/second-factor/second-factor-status";
import type { AuthenticatedUser } from "./authenticate";
import { clientAddress } from "./client-address";
import { clearPendingSignIn, readPendingSignInCookie, setPendingSignIn } from "./pending-sign-in-cookie";
import { requestOriginOf } from "./request-host";
import { safeRedirectPath } from "./safe-redirect";

/** The minutes in a "auth.rateLimitedFor?minutes=N" refusal. */
export function minutesToWait(messageKey: string): number {
  return Number(new URLSearchParams(messageKey.split("?")[1]).get("minutes")) || 1;
}

/** After a right password: the user to sign in, or, when their second factor is on, a pending sign-in and a refusal that sends them to it. */
export async function holdForSecondFactor(user: AuthenticatedUser | null, credentials: Record<string, string> | undefined): Promise<AuthenticatedUser | null> {
  if (!user || !(await hasConfirmedSecondFactor(await getDb(), user.id))) return user;
  const origin = requestOriginOf(await headers()) ?? "http://localhost";
  await setPendingSignIn({ userId: user.id, sessionVersion: user.sessionVersion, callbackUrl: safeRedirectPath(credentials?.callbackUrl, origin) });
  throw new Error("SecondFactorRequired");
}

export const secondFactorProvider = CredentialsProvider({
  id: "second-factor",
  name: "Second factor",
  credentials: { code: { type: "text" } },
  async authorize(credentials, request) {
    try {
      const user = await completeSecondFactorSignIn(await getDb(), await readPendingSignInCookie(), credentials?.code, clientAddress(request?.headers));
      if (!user) throw new Error("SecondFactorWrong");
      await clearPendingSignIn();
      return user;
    } catch (error) {
      if (error instanceof AppError && error.code === "RATE_LIMITED") throw new Error(`SecondFactorRateLimited:${minutesToWait(error.message)}`);
      if (error instanceof AppError && error.code === "UNAUTHENTICATED") throw new Error("SecondFactorExpired");
      throw error;
    }
  },
});
