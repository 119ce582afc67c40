/**
 * Signing in with an identity from the OpenID Connect provider (decision 2220). Nobody gets an account this way:
 * the identity is found by (issuer, subject) once linked; the first time it is linked, by a verified e-mail, to the
 * active account of that address or to the pending invitation for it (which then becomes the account). Roles stay
 * Socle's. Linking is audited as the person's own act.
 */
import { and, eq, gt, isNull, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database, Transaction } from "@/db/engine";
import { externalIdentities, invitations, users } from "@/db/schema";
import { createInvitedUser } from "@/lib/accounts/accept-invitation";
import { recordAudit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import type { AuthenticatedUser } from "./authenticate";

/** Why a sign-in was refused: the error code the sign-in page is sent with, and shows a sentence for. */
export const externalSignInRefusals = ["SsoUnverifiedEmail", "SsoUnknownEmail", "SsoInactive"] as const;
export type ExternalSignInRefusal = (typeof externalSignInRefusals)[number];

export type ExternalSignIn = { user: AuthenticatedUser } | { refused: ExternalSignInRefusal };

/** The ID token's claims Socle reads (already verified by next-auth's client: signature, issuer, audience, expiry). */
const claimsSchema = z.object({
  iss: z.string().min(1).max(500),
  sub: z.string().min(1).max(255),
  email: z.email().max(320).optional().catch(undefined),
  // Some providers send the flag as a string.
  email_verified: z.union([z.boolean(), z.enum(["true", "false"]).transform((flag) => flag === "true")]).optional().catch(undefined),
  name: z.string().trim().max(200).optional().catch(undefined),
});

const accountColumns = { id: users.id, email: users.email, name: users.name, sessionVersion: users.sessionVersion, active: users.active };

async function accountOf(tx: Transaction, condition: SQL) {
  const [account] = await tx.select(accountColumns).from(users).where(condition).for("update");
  return account;
}

function signedIn(account: { id: string; email: string; name: string; sessionVersion: number; active: boolean }): ExternalSignIn {
  if (!account.active) return { refused: "SsoInactive" };
  return { user: { id: account.id, email: account.email, name: account.name, sessionVersion: account.sessionVersion } };
}

async function link(tx: Transaction, userId: string, identity: { issuer: string; subject: string; email: string }, now: Date) {
  await tx.insert(externalIdentities).values({ ...identity, userId, linkedAt: now, lastSignInAt: now });
  await recordAudit(tx, { userId }, { action: "user.linkIdentity", entityType: "user", entityId: userId, after: identity });
}

export async function signInWithExternalIdentity(db: Database, rawClaims: unknown, now = new Date(), retried = false): Promise<ExternalSignIn> {
  const parsed = claimsSchema.safeParse(rawClaims);
  if (!parsed.success) return { refused: "SsoUnverifiedEmail" };
  const { iss: issuer, sub: subject, name } = parsed.data;
  const email = parsed.data.email?.toLowerCase();
  try {
    return await db.transaction(async (tx) => {
      const [known] = await tx
        .select({ userId: externalIdentities.userId })
        .from(externalIdentities)
        .where(and(eq(externalIdentities.issuer, issuer), eq(externalIdentities.subject, subject)));
      if (known) {
        const account = await accountOf(tx, eq(users.id, known.userId));
        // The provider's address may have changed since: kept for the coordinator to see; the account's stays.
        await tx
          .update(externalIdentities)
          .set({ lastSignInAt: now, ...(email ? { email } : {}) })
          .where(and(eq(externalIdentities.issuer, issuer), eq(externalIdentities.subject, subject)));
        return signedIn(account!);
      }

      if (!email || parsed.data.email_verified !== true) return { refused: "SsoUnverifiedEmail" };
      const identity = { issuer, subject, email };
      const account = await accountOf(tx, eq(users.email, email));
      if (account) {
        if (!account.active) return { refused: "SsoInactive" };
        await link(tx, account.id, identity, now);
        return signedIn(account);
      }

      const [invitation] = await tx
        .select()
        .from(invitations)
        .where(and(eq(invitations.email, email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)))
        .for("update");
      if (!invitation) return { refused: "SsoUnknownEmail" };
      const userId = await createInvitedUser(tx, invitation, { name: name || email.split("@")[0]!, passwordHash: null, via: "singleSignOn" });
      await link(tx, userId, identity, now);
      return signedIn((await accountOf(tx, eq(users.id, userId)))!);
    });
  } catch (error) {
    // Two first sign-ins at once: the other linked (or made) the account; this one finds it by subject.
    if (isUniqueViolation(error) && !retried) return signInWithExternalIdentity(db, rawClaims, now, true);
    throw error;
  }
}
