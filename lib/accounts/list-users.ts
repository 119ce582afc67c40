/** The users list for coordinators: who can sign in, with their roles and scopes. */
import { asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, countries, memberships, users, type LocalizedText } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assertCan, type Role } from "@/lib/permissions";

export type UserListRow = {
  id: string;
  name: string;
  email: string;
  active: boolean;
  memberships: { role: Role; countryName: LocalizedText | null; agencyShortName: LocalizedText | null }[];
};

export async function listUsers(db: Queryable, actor: Actor): Promise<UserListRow[]> {
  assertCan(actor, "user.manage");
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      active: users.active,
      role: memberships.role,
      countryName: countries.name,
      agencyShortName: agencies.shortName,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(countries, eq(countries.code, memberships.countryCode))
    .leftJoin(agencies, eq(agencies.id, memberships.agencyId))
    .orderBy(asc(users.name), asc(users.email));

  const byUser = new Map<string, UserListRow>();
  for (const row of rows) {
    const user = byUser.get(row.id) ?? { id: row.id, name: row.name, email: row.email, active: row.active, memberships: [] };
    if (row.role) user.memberships.push({ role: row.role, countryName: row.countryName, agencyShortName: row.agencyShortName });
    byUser.set(row.id, user);
  }
  return [...byUser.values()];
}
