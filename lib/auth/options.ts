/**
 * next-auth configuration: credentials sign-in with its second factor (decision 2230), and OpenID Connect sign-in
 * when it is set up (decision 2220); JWT sessions that carry the user's role memberships, their session version and
 * sign-in time (decision 1200): a token whose sessions were ended gets an empty session.
 */
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db";
import type { Database } from "@/db/engine";
import { loadActor } from "@/lib/actor";
import { oidcSettings, type OidcSettings } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { authenticate, type AuthenticatedUser } from "./authenticate";
import { clientAddress } from "./client-address";
import { signInWithExternalIdentity } from "./external-sign-in";
import { oidcProvider, oidcProviderId } from "./oidc-provider";
import { safeRedirectPath } from "./safe-redirect";
import { holdForSecondFactor, minutesToWait, secondFactorProvider } from "./second-factor-step";
import { endSessions, isSessionCurrent, SessionEnded, sessionLifetimeSeconds } from "./sessions";

/** The options for a database and a provider: the server's below; the tests' with their own. */
export function authOptionsFor(getDatabase: () => Promise<Database>, oidc: OidcSettings | null): NextAuthOptions {
  return {
    session: { strategy: "jwt", maxAge: sessionLifetimeSeconds, updateAge: 60 * 60 },
    // An ended session is the expected case, not an error worth a stack trace in the log.
    logger: {
      error(code, metadata) {
        if (metadata instanceof SessionEnded) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
    // from=auth tells our pages that next-auth has just set its CSRF cookie (see app/(public)/sign-in/page.tsx).
    pages: { signIn: "/sign-in?from=auth", error: "/sign-in?from=auth", signOut: "/sign-out?from=auth" },
    providers: [
      CredentialsProvider({
        name: "Socle",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          try {
            return await holdForSecondFactor(await authenticate(await getDatabase(), credentials, clientAddress(request?.headers)), credentials);
          } catch (error) {
            // next-auth passes the message on to the sign-in page as ?error=, here with the minutes to wait
            if (error instanceof AppError && error.code === "RATE_LIMITED") throw new Error(`RateLimited:${minutesToWait(error.message)}`);
            throw error;
          }
        },
      }),
      secondFactorProvider,
      ...(oidc ? [oidcProvider(oidc)] : []),
    ],
    events: {
      // Signing out ends every session of the person, so a copy of the cookie stops working too.
      async signOut({ token }) {
        const db = await getDatabase();
        if (token?.sub && (await isSessionCurrent(db, token))) await endSessions(db, token.sub);
      },
    },
    callbacks: {
      // An OpenID Connect identity signs in to its Socle account, or is sent back to the sign-in page with the reason.
      // next-auth then makes the session from this same user object, so it becomes the Socle account here.
      async signIn({ user, account, profile }) {
        if (account?.provider !== oidcProviderId) return true;
        const outcome = await signInWithExternalIdentity(await getDatabase(), profile);
        if ("refused" in outcome) return `/sign-in?from=auth&error=${outcome.refused}`;
        Object.assign(user, outcome.user);
        return true;
      },
      // next-auth wants an absolute address; the rule keeps it on this Socle.
      redirect({ url, baseUrl }) {
        return new URL(safeRedirectPath(url, baseUrl), baseUrl).toString();
      },
      async jwt({ token, user, account }) {
        if (user) {
          const actor = await loadActor(await getDatabase(), user.id);
          token.memberships = actor?.memberships ?? [];
          token.sessionVersion = (user as AuthenticatedUser).sessionVersion;
          token.signedInAt = Math.floor(Date.now() / 1000);
          token.signedInWith = account?.provider === oidcProviderId ? "provider" : "password";
          return token;
        }
        // next-auth answers a throw here with an empty session and a cleared cookie (/api/auth/session included).
        if (!(await isSessionCurrent(await getDatabase(), token))) throw new SessionEnded();
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}

export const authOptions = authOptionsFor(getDb, oidcSettings());
