/** A coordinator invites someone by email to join with one role in one scope, through a one-time link. */
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { invitations } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { newSecretToken } from "@/lib/auth/secret-token";
import { invalid } from "@/lib/errors";
import { invitationMail } from "@/lib/mail/account-mails";
import { deliverLink, type LinkDelivery } from "@/lib/mail/deliver-link";
import type { Mailer } from "@/lib/mail/mailer";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { inviteUserSchema } from "@/lib/validation/users";
import { emailHasAccount, invitationLifetimeMs, linkTo, scopeName } from "./account-records";

export type LinkOptions = { origin: string; mailer: Mailer | null };

export type InvitationSent = { invitationId: string; email: string; expiresAt: Date } & LinkDelivery;

export async function inviteUser(db: Database, actor: Actor, input: unknown, options: LinkOptions): Promise<InvitationSent> {
  const invitation = parseInput(inviteUserSchema, input);
  assertCan(actor, "user.manage", { countryCode: invitation.countryCode, agencyId: invitation.agencyId });
  const { token, hash } = newSecretToken();
  const expiresAt = new Date(Date.now() + invitationLifetimeMs);

  const { id, scope } = await db.transaction(async (tx) => {
    if (await emailHasAccount(tx, invitation.email)) throw invalid({ email: "adminUsers.emailTaken" });
    const scope = await scopeName(tx, invitation, invitation.locale);
    // A new invitation replaces any earlier one still open for the same address: only the newest link works.
    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.email, invitation.email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
    const [row] = await tx
      .insert(invitations)
      .values({
        email: invitation.email,
        tokenHash: hash,
        role: invitation.role,
        countryCode: invitation.countryCode,
        agencyId: invitation.agencyId,
        locale: invitation.locale,
        invitedById: actor.userId,
        expiresAt,
      })
      .returning({ id: invitations.id });
    await recordAudit(tx, actor, {
      action: "user.invite",
      entityType: "invitation",
      entityId: row!.id,
      countryCode: invitation.countryCode,
      agencyId: invitation.agencyId,
      after: { email: invitation.email, role: invitation.role, countryCode: invitation.countryCode, agencyId: invitation.agencyId },
    });
    return { id: row!.id, scope };
  });

  const link = linkTo(options.origin, `/invitation/${token}`);
  const mail = invitationMail({ to: invitation.email, locale: invitation.locale, link, role: invitation.role, scope, inviter: actor.name, expiresAt });
  return { invitationId: id, email: invitation.email, expiresAt, ...(await deliverLink(options.mailer, link, mail)) };
}
