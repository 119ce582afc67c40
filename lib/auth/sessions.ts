/**
 * Which session tokens still count (decision 1200): a token carries its person's session version and the
 * time they signed in; bumping the version ends every session of that person at once, and no refresh makes
 * a session outlive its absolute lifetime. Checked where the actor is loaded, so it costs no extra query.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { users } from "@/db/schema";
import { type Actor, activeUser, actorColumns, toActor } from "@/lib/actor";
import { isBoundBySecondFactorRule, secondFactorSetUpDue } from "@/lib/second-factor/second-factor-status";

/** How long a session lasts from sign-in, whatever the refreshes: next-auth's maxAge only slides. */
export const sessionLifetimeSeconds = 12 * 60 * 60;

/** What a session token must carry for this check (next-auth's `sub` is the user id). */
export type SessionClaims = { sub?: string; sessionVersion?: number; signedInAt?: number; signedInWith?: "provider" | "password" };

type CurrentClaims = { userId: string; sessionVersion: number };

/** The claims of a token still within its lifetime; null for one past it, or made before these claims existed. */
function claimsWithinLifetime(token: SessionClaims | null | undefined, now: Date): CurrentClaims | null {
  if (!token?.sub || !Number.isInteger(token.sessionVersion) || typeof token.signedInAt !== "number") return null;
  const ageSeconds = now.getTime() / 1000 - token.signedInAt;
  if (ageSeconds < -60 || ageSeconds > sessionLifetimeSeconds) return null; // a minute's leeway for clocks
  return { userId: token.sub, sessionVersion: token.sessionVersion! };
}

/**
 * The actor of a session token, or null when the token is no longer current: the person, their roles and whether
 * the installation's second-factor rule stops them, in one statement (every request of a session sends it).
 */
export async function loadSessionActor(db: Queryable, token: SessionClaims | null | undefined, now = new Date()): Promise<Actor | null> {
  const claims = claimsWithinLifetime(token, now);
  if (!claims) return null;
  const [row] = await db
    .select({ ...actorColumns, secondFactorSetUpDue })
    .from(users)
    .where(activeUser(claims.userId, { sessionVersion: claims.sessionVersion }));
  if (!row) return null;
  const actor = toActor(row);
  // API tokens are not concerned: only a session's actor is held to the installation's second-factor rule, and not
  // one that signed in through the single sign-on provider, whose own factors apply (decisions 2220, 2230).
  if (token?.signedInWith !== "provider" && isBoundBySecondFactorRule(actor) && row.secondFactorSetUpDue) actor.mustSetUpSecondFactor = true;
  return actor;
}

/** The same check without the memberships, for next-auth's own session route: one primary-key read. */
export async function isSessionCurrent(db: Queryable, token: SessionClaims | null | undefined, now = new Date()): Promise<boolean> {
  const claims = claimsWithinLifetime(token, now);
  if (!claims) return false;
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, claims.userId), eq(users.active, true), eq(users.sessionVersion, claims.sessionVersion)));
  return Boolean(user);
}

/** Ends every session of a person (sign-out, password change or reset, a coordinator's request); the new version. */
export async function endSessions(db: Queryable, userId: string): Promise<number> {
  const [user] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  return user?.sessionVersion ?? 0;
}

/** Thrown from next-auth's jwt callback for a token that no longer counts: next-auth then clears the cookie. */
export class SessionEnded extends Error {
  constructor() {
    super("SessionEnded");
    this.name = "SessionEnded";
  }
}
