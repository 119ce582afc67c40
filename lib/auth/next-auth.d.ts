import type { DefaultSession } from "next-auth";
import type { Membership } from "@/lib/actor";

declare module "next-auth" {
  interface Session {
    user?: DefaultSession["user"] & { id?: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    memberships?: Membership[];
    /** The user's session version at sign-in (lib/auth/sessions.ts). */
    sessionVersion?: number;
    /** Sign-in time in seconds since the epoch: the session's absolute lifetime counts from it. */
    signedInAt?: number;
    /** How the person signed in: through the OpenID Connect provider, whose own factors apply (decision 2220), or not. */
    signedInWith?: "provider" | "password";
  }
}
