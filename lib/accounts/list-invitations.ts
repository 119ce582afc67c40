/** Invitations not yet used or withdrawn, for the coordinators' users page: who was invited, as what, until when. */
import { and, asc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/engine";
import { agencies, countries, invitations, users, type LocalizedText } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assertCan, type Role } from "@/lib/permissions";

export type InvitationRow = {
  id: string;
  email: string;
  role: Role;
  countryName: LocalizedText | null;
  agencyShortName: LocalizedText | null;
  invitedBy: string;
  expiresAt: Date;
};

export async function listInvitations(db: Queryable, actor: Actor): Promise<InvitationRow[]> {
  assertCan(actor, "user.manage");
  const inviter = alias(users, "inviter");
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      countryName: countries.name,
      agencyShortName: agencies.shortName,
      invitedBy: inviter.name,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(inviter, eq(inviter.id, invitations.invitedById))
    .leftJoin(countries, eq(countries.code, invitations.countryCode))
    .leftJoin(agencies, eq(agencies.id, invitations.agencyId))
    .where(and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(asc(invitations.expiresAt));
}
