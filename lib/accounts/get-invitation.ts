/** What an invitation link stands for, for the page the invited person opens; the token is the only key. */
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { invitations, type Locale } from "@/db/schema";
import { hashSecretToken, oneTimeLinkState, type OneTimeLinkState } from "@/lib/auth/secret-token";
import type { Role } from "@/lib/permissions";
import { linkTokenSchema } from "@/lib/validation/users";
import { scopeName } from "./account-records";

export type InvitationView =
  | { state: "valid"; email: string; role: Role; scope: string | null; expiresAt: Date; locale: Locale }
  | { state: Exclude<OneTimeLinkState, "valid"> | "unknown" };

export async function getInvitation(db: Queryable, token: unknown, locale: Locale): Promise<InvitationView> {
  const parsed = linkTokenSchema.safeParse(token);
  if (!parsed.success) return { state: "unknown" };
  const [invitation] = await db.select().from(invitations).where(eq(invitations.tokenHash, hashSecretToken(parsed.data)));
  if (!invitation) return { state: "unknown" };
  const state = oneTimeLinkState({ ...invitation, usedAt: invitation.acceptedAt });
  if (state !== "valid") return { state };
  return {
    state,
    email: invitation.email,
    role: invitation.role,
    scope: await scopeName(db, invitation, locale),
    expiresAt: invitation.expiresAt,
    locale: invitation.locale,
  };
}
