/** One user's account for a coordinator: identity, status, version, roles with their scopes, open reset link. */
import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, countries, externalIdentities, memberships, passwordResets, users, type LocalizedText } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan, type Role } from "@/lib/permissions";

export type UserAccount = {
  id: string;
  name: string;
  email: string;
  active: boolean;
  deactivatedAt: Date | null;
  version: number;
  createdAt: Date;
  memberships: { id: string; role: Role; countryName: LocalizedText | null; agencyShortName: LocalizedText | null }[];
  openPasswordResetUntil: Date | null;
  /** Identities from the OpenID Connect provider linked to the account (decision 2220). */
  identities: { issuer: string; subject: string; email: string; linkedAt: Date; lastSignInAt: Date | null }[];
};

export async function getUserAccount(db: Queryable, actor: Actor, userId: unknown): Promise<UserAccount> {
  assertCan(actor, "user.manage");
  if (typeof userId !== "string" || !/^[0-9a-f-]{36}$/i.test(userId)) throw notFound();
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      active: users.active,
      deactivatedAt: users.deactivatedAt,
      version: users.version,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw notFound();
  const held = await db
    .select({ id: memberships.id, role: memberships.role, countryName: countries.name, agencyShortName: agencies.shortName })
    .from(memberships)
    .leftJoin(countries, eq(countries.code, memberships.countryCode))
    .leftJoin(agencies, eq(agencies.id, memberships.agencyId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt));
  const [reset] = await db
    .select({ expiresAt: passwordResets.expiresAt })
    .from(passwordResets)
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt), isNull(passwordResets.revokedAt), gt(passwordResets.expiresAt, new Date())))
    .orderBy(desc(passwordResets.expiresAt))
    .limit(1);
  const identities = await db
    .select({
      issuer: externalIdentities.issuer,
      subject: externalIdentities.subject,
      email: externalIdentities.email,
      linkedAt: externalIdentities.linkedAt,
      lastSignInAt: externalIdentities.lastSignInAt,
    })
    .from(externalIdentities)
    .where(eq(externalIdentities.userId, userId))
    .orderBy(asc(externalIdentities.linkedAt));
  return { ...user, memberships: held, openPasswordResetUntil: reset?.expiresAt ?? null, identities };
}
