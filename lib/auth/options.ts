/** next-auth configuration: credentials sign-in, JWT sessions that carry the user's role memberships. */
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { loadActor } from "@/lib/actor";
import { AppError } from "@/lib/errors";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";
import { safeRedirectPath } from "./safe-redirect";

export const sessionMaxAgeSeconds = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds, updateAge: 60 * 60 },
  // from=auth tells our pages that next-auth has just set its CSRF cookie (see app/sign-in/page.tsx).
  pages: { signIn: "/sign-in?from=auth", error: "/sign-in?from=auth", signOut: "/sign-out?from=auth" },
  providers: [
    CredentialsProvider({
      name: "Socle",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        try {
          return await authenticate(await getDb(), credentials, clientAddress(request?.headers));
        } catch (error) {
          // next-auth passes the message on to the sign-in page as ?error=
          if (error instanceof AppError && error.code === "RATE_LIMITED") throw new Error("RateLimited");
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    // next-auth wants an absolute address; the rule keeps it on this Socle.
    redirect({ url, baseUrl }) {
      return new URL(safeRedirectPath(url, baseUrl), baseUrl).toString();
    },
    async jwt({ token, user }) {
      if (user) {
        const actor = await loadActor(await getDb(), user.id);
        token.memberships = actor?.memberships ?? [];
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
};
