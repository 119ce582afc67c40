/**
 * A person's home: one section per role they hold, each listing what needs them in that role's scope (the
 * `home.read` rule of the permission table, read for that role alone), every list bounded with its count.
 * The page at / and GET /api/v1/home both read it.
 */
import { and, asc, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, countries, type LocalizedText, supportEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { type ActionScope, assertCanSomewhere, scopeOf } from "@/lib/permissions";
import { type HomeQuery, homeQuerySchema } from "@/lib/validation/home";
import { parseInput } from "@/lib/validation/parse";
import { type HomeList, homeLists } from "./home-lists";
import { homeExpandedLength, type HomeItemKind, homeItemKindsByRole, homeListLength, type HomeRole, homeRoles } from "./item-kinds";

export type { HomeItem, HomeList } from "./home-lists";

export type HomeSection = {
  role: HomeRole;
  /** Where the section looks: everywhere, or the countries and agencies of the person's memberships in this role. */
  scope: ActionScope;
  /** A working group's own countries; for an adviser, the countries their agency supports (a live entry there). */
  countries: { code: string; name: LocalizedText }[];
  /** An adviser's agencies. */
  agencies: { id: string; acronym: string; shortName: LocalizedText }[];
  lists: HomeList[];
};

export type Home = { query: HomeQuery; sections: HomeSection[] };

/** The actor as if they held only this role: the permission table then says where that role alone reaches. */
function inRole(actor: Actor, role: HomeRole): Actor {
  return { ...actor, memberships: actor.memberships.filter((membership) => membership.role === role) };
}

async function sectionScope(db: Queryable, role: HomeRole, scope: ActionScope): Promise<Pick<HomeSection, "countries" | "agencies">> {
  if (scope === "any") return { countries: [], agencies: [] };
  const agencyRows = scope.agencyIds.length
    ? await db
        .select({ id: agencies.id, acronym: agencies.acronym, shortName: agencies.shortName })
        .from(agencies)
        .where(inArray(agencies.id, scope.agencyIds))
        .orderBy(asc(agencies.acronym))
    : [];
  const countryCodes =
    role === "agency_adviser" && scope.agencyIds.length
      ? (
          await db
            .selectDistinct({ code: supportEntries.countryCode })
            .from(supportEntries)
            .where(and(inArray(supportEntries.agencyId, scope.agencyIds), isNull(supportEntries.deletedAt)))
        ).map((row) => row.code)
      : scope.countryCodes;
  const countryRows = countryCodes.length
    ? await db.select({ code: countries.code, name: countries.name }).from(countries).where(inArray(countries.code, countryCodes)).orderBy(asc(countries.code))
    : [];
  return { countries: countryRows, agencies: agencyRows };
}

/** One role's section: its lists read in the role's scope, the one asked for in full (up to its bound). */
async function readSection(db: Queryable, actor: Actor, role: HomeRole, query: HomeQuery): Promise<HomeSection> {
  const scope = scopeOf(inRole(actor, role), "home.read");
  const lengthOf = (kind: HomeItemKind) => (query.more === kind ? homeExpandedLength : (query.limit ?? homeListLength));
  const lists: HomeList[] = [];
  // One after another: on the embedded database queries run one at a time anyway, and a server pool is spared.
  for (const kind of homeItemKindsByRole[role]) lists.push({ kind, ...(await homeLists[kind]({ db, actor, scope, limit: lengthOf(kind) })) });
  return { role, scope, ...(await sectionScope(db, role, scope)), lists };
}

export async function getHome(db: Queryable, actor: Actor, input: unknown): Promise<Home> {
  assertCanSomewhere(actor, "home.read");
  const query = parseInput(homeQuerySchema, input);
  const sections: HomeSection[] = [];
  for (const role of homeRoles) {
    if (actor.memberships.some((membership) => membership.role === role)) sections.push(await readSection(db, actor, role, query));
  }
  return { query, sections };
}
