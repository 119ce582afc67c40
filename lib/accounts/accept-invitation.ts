/**
 * The invited person opens their link, gives their name and a password, and becomes a user with the role and
 * scope the coordinator chose. The link works once, until it expires.
 */
import { and, eq, isNull, ne } from "drizzle-orm";
import type { Database, Queryable, Transaction } from "@/db/engine";
import { invitations, memberships, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/passwords";
import { hashSecretToken, type OneTimeLinkState, oneTimeLinkState } from "@/lib/auth/secret-token";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { acceptInvitationSchema } from "@/lib/validation/users";
import { emailHasAccount } from "./account-records";

const linkError = (state: Exclude<OneTimeLinkState, "valid"> | "unknown") => new AppError("INVALID", `invitationPage.${state}Title`);

/** The link's invitation, or the refusal the page shows; with `lock`, it is held so that two submissions cannot both sign up. */
async function validInvitation(db: Queryable, token: string, { lock }: { lock: boolean }) {
  const query = db.select().from(invitations).where(eq(invitations.tokenHash, hashSecretToken(token)));
  const [invitation] = lock ? await query.for("update") : await query;
  if (!invitation) throw linkError("unknown");
  const state = oneTimeLinkState({ ...invitation, usedAt: invitation.acceptedAt });
  if (state !== "valid") throw linkError(state);
  if (await emailHasAccount(db, invitation.email)) throw new AppError("INVALID", "invitationPage.emailTaken");
  return invitation;
}

type Invitation = typeof invitations.$inferSelect;

/**
 * The invited person's account, with the role and scope of the invitation, which is spent (and any other open for
 * the address withdrawn); audited as the person's own act. Also used when they first sign in through single sign-on.
 */
export async function createInvitedUser(
  tx: Transaction,
  invitation: Invitation,
  person: { name: string; passwordHash: string | null; via?: "singleSignOn" },
): Promise<string> {
  const { name, passwordHash } = person;
  const [user] = await tx.insert(users).values({ email: invitation.email, name, passwordHash, locale: invitation.locale }).returning({ id: users.id });
  const userId = user!.id;
  await tx.insert(memberships).values({ userId, role: invitation.role, countryCode: invitation.countryCode, agencyId: invitation.agencyId });
  const now = new Date();
  await tx.update(invitations).set({ acceptedAt: now, acceptedUserId: userId }).where(eq(invitations.id, invitation.id));
  // Other links still open for the same address have no purpose any more.
  await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.email, invitation.email), ne(invitations.id, invitation.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
  await recordAudit(tx, { userId }, {
    action: "user.acceptInvitation",
    entityType: "user",
    entityId: userId,
    countryCode: invitation.countryCode,
    agencyId: invitation.agencyId,
    after: { email: invitation.email, name, role: invitation.role, invitationId: invitation.id, ...(person.via ? { via: person.via } : {}) },
  });
  return userId;
}

export async function acceptInvitation(db: Database, input: unknown): Promise<{ email: string }> {
  const { token, name, password } = parseInput(acceptInvitationSchema, input);
  // The token first: a made-up or spent link costs a lookup, not an argon2 hash. Checked again under the lock.
  await validInvitation(db, token, { lock: false });
  const passwordHash = await hashPassword(password);
  try {
    return await db.transaction(async (tx) => {
      const invitation = await validInvitation(tx, token, { lock: true });
      await createInvitedUser(tx, invitation, { name, passwordHash });
      return { email: invitation.email };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("INVALID", "invitationPage.emailTaken"); // signed up meanwhile
    throw error;
  }
}
