/** The signed-in person on whose behalf lib/ acts, with the roles they hold and where. */
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { memberships, users, type Locale } from "@/db/schema";
import type { Role } from "./permissions";

export type Membership = { role: Role; countryCode: string | null; agencyId: string | null };

export type Actor = {
  userId: string;
  email: string;
  name: string;
  locale: Locale | null;
  memberships: Membership[];
  /** Set on a session's actor while the installation requires them a second factor they have not set up (lib/permissions.ts). */
  mustSetUpSecondFactor?: boolean;
};

/**
 * Loads an active user's actor; null for an unknown or deactivated user, so their session stops at once. A
 * session names the session version it was given, and stops too once that version was ended (lib/auth/sessions.ts).
 */
export async function loadActor(db: Queryable, userId: string, session?: { sessionVersion: number }): Promise<Actor | null> {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true), session ? eq(users.sessionVersion, session.sessionVersion) : undefined));
  if (!user) return null;
  const held = await db
    .select({ role: memberships.role, countryCode: memberships.countryCode, agencyId: memberships.agencyId })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return { userId: user.id, email: user.email, name: user.name, locale: user.locale, memberships: held };
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.memberships.some((membership) => membership.role === role);
}

export function countriesOf(actor: Actor): string[] {
  return actor.memberships.flatMap((membership) => (membership.countryCode ? [membership.countryCode] : []));
}

export function agenciesOf(actor: Actor): string[] {
  return actor.memberships.flatMap((membership) => (membership.agencyId ? [membership.agencyId] : []));
}
