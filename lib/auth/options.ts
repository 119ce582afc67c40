/**
 * next-auth configuration: credentials sign-in, JWT sessions that carry the user's role memberships, their
 * session version and sign-in time (decision 1200): a token whose sessions were ended gets an empty session.
 */
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { loadActor } from "@/lib/actor";
import { AppError } from "@/lib/errors";
import { authenticate, type AuthenticatedUser } from "./authenticate";
import { clientAddress } from "./client-address";
import { safeRedirectPath } from "./safe-redirect";
import { holdForSecondFactor, minutesToWait, secondFactorProvider } from "./second-factor-step";
import { endSessions, isSessionCurrent, SessionEnded, sessionLifetimeSeconds } from "./sessions";

export const authOptions: NextAuthOptions = {
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
          return await holdForSecondFactor(await authenticate(await getDb(), credentials, clientAddress(request?.headers)), credentials);
        } catch (error) {
          // next-auth passes the message on to the sign-in page as ?error=, here with the minutes to wait
          if (error instanceof AppError && error.code === "RATE_LIMITED") throw new Error(`RateLimited:${minutesToWait(error.message)}`);
          throw error;
        }
      },
    }),
    secondFactorProvider,
  ],
  events: {
    // Signing out ends every session of the person, so a copy of the cookie stops working too.
    async signOut({ token }) {
      const db = await getDb();
      if (token?.sub && (await isSessionCurrent(db, token))) await endSessions(db, token.sub);
    },
  },
  callbacks: {
    // next-auth wants an absolute address; the rule keeps it on this Socle.
    redirect({ url, baseUrl }) {
      return new URL(safeRedirectPath(url, baseUrl), baseUrl).toString();
    },
    async jwt({ token, user }) {
      if (user) {
        const actor = await loadActor(await getDb(), user.id);
        token.memberships = actor?.memberships ?? [];
        token.sessionVersion = (user as AuthenticatedUser).sessionVersion;
        token.signedInAt = Math.floor(Date.now() / 1000);
        return token;
      }
      // next-auth answers a throw here with an empty session and a cleared cookie (/api/auth/session included).
      if (!(await isSessionCurrent(await getDb(), token))) throw new SessionEnded();
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
};
