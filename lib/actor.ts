/** The signed-in person on whose behalf lib/ acts, with the roles they hold and where. */
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { users, type Locale } from "@/db/schema";
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
 * What an actor is read from, in one statement: the person's row and, as one JSON column, the roles they hold
 * (a second statement for the memberships cost each request a round trip; decision 2490).
 */
export const actorColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  locale: users.locale,
  // Written out whole: Drizzle leaves the table off a column in a one-table select, and "user_id" = "id" would then
  // compare the membership with itself.
  memberships: sql<Membership[]>`coalesce((select json_agg(json_build_object('role', m.role, 'countryCode', m.country_code, 'agencyId', m.agency_id) order by m.created_at, m.id) from memberships m where m.user_id = "users"."id"), '[]'::json)`,
};

/** An active user, and with `session` only while that session's version is current (lib/auth/sessions.ts). */
export const activeUser = (userId: string, session?: { sessionVersion: number }) =>
  and(eq(users.id, userId), eq(users.active, true), session ? eq(users.sessionVersion, session.sessionVersion) : undefined);

export function toActor(row: { id: string; email: string; name: string; locale: Locale | null; memberships: Membership[] }): Actor {
  return { userId: row.id, email: row.email, name: row.name, locale: row.locale, memberships: row.memberships };
}

/**
 * Loads an active user's actor; null for an unknown or deactivated user, so their session stops at once. A
 * session names the session version it was given, and stops too once that version was ended (lib/auth/sessions.ts).
 */
export async function loadActor(db: Queryable, userId: string, session?: { sessionVersion: number }): Promise<Actor | null> {
  const [row] = await db.select(actorColumns).from(users).where(activeUser(userId, session));
  return row ? toActor(row) : null;
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
