/** What the account use cases share: locking a user at the version a coordinator saw, and naming a role's scope. */
import { eq, sql } from "drizzle-orm";
import type { Queryable, Transaction } from "@/db/engine";
import { agencies, countries, memberships, users, type Locale, type LocalizedText } from "@/db/schema";
import { conflict, invalid, notFound } from "@/lib/errors";
import { localized } from "@/lib/i18n/localized";
import type { Role } from "@/lib/permissions";

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;
export const passwordResetLifetimeMs = 24 * 60 * 60 * 1000;

/** The account as a coordinator sees it: sent back with a CONFLICT so the newer state is shown. */
export async function accountSnapshot(db: Queryable, userId: string) {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, active: users.active, version: users.version })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return null;
  const held = await db
    .select({ id: memberships.id, role: memberships.role, countryCode: memberships.countryCode, agencyId: memberships.agencyId })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return { ...user, memberships: held };
}

/** Locks the user row for this transaction; a coordinator working from an older version gets CONFLICT. */
export async function lockUserAtVersion(tx: Transaction, userId: string, version: number) {
  const [user] = await tx
    .select({ id: users.id, email: users.email, active: users.active, version: users.version })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  if (!user) throw notFound();
  if (user.version !== version) throw conflict(await accountSnapshot(tx, userId));
  return user;
}

export async function bumpUserVersion(tx: Transaction, userId: string, changes: Partial<typeof users.$inferInsert> = {}) {
  await tx
    .update(users)
    .set({ ...changes, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId));
}

/** The name of a role's scope in a language, after checking that the country or agency exists. */
export async function scopeName(
  db: Queryable,
  scope: { role: Role; countryCode: string | null; agencyId: string | null },
  locale: Locale,
): Promise<string | null> {
  if (scope.countryCode) {
    const [country] = await db.select({ name: countries.name }).from(countries).where(eq(countries.code, scope.countryCode));
    if (!country) throw invalid({ countryCode: "validation.choice" });
    return localized(country.name as LocalizedText, locale);
  }
  if (scope.agencyId) {
    const [agency] = await db.select({ shortName: agencies.shortName }).from(agencies).where(eq(agencies.id, scope.agencyId));
    if (!agency) throw invalid({ agencyId: "validation.choice" });
    return localized(agency.shortName as LocalizedText, locale);
  }
  return null;
}

export async function emailHasAccount(db: Queryable, email: string): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return rows.length > 0;
}

/** A link into this Socle from the address people use to reach it. */
export function linkTo(origin: string, path: string): string {
  return new URL(path, origin).toString();
}
