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
  }
}
