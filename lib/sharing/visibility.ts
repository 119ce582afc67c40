/**
 * The one rule of who reads which milestones and evidence. A milestone or evidence item at the "country"
 * sharing level is read by its country's working group and coordinators (`milestone.readUnshared` in the
 * permission table); at "all", by everyone signed in. Evidence is read outside its country only when both it
 * and its milestone are shared. Every read of milestones or evidence builds its `where` from these functions.
 */
import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { evidence, milestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { can, scopeOf } from "@/lib/permissions";

/** The countries whose unshared items the actor reads: every country, or a list (often empty). */
export function unsharedReadScope(actor: Actor): "any" | string[] {
  const scope = scopeOf(actor, "milestone.readUnshared");
  return scope === "any" ? "any" : scope.countryCodes;
}

export function canReadUnshared(actor: Actor, countryCode: string): boolean {
  return can(actor, "milestone.readUnshared", { countryCode });
}

function insider(actor: Actor, countryColumn: typeof milestones.countryCode | typeof evidence.countryCode): SQL | undefined {
  const scope = unsharedReadScope(actor);
  if (scope === "any") return sql`true`;
  return scope.length > 0 ? inArray(countryColumn, scope) : undefined;
}

/** Milestones shared with every signed-in user. */
export const milestoneSharedWithAll: SQL = eq(milestones.sharingLevel, "all");

/** Evidence shared with every signed-in user: the item and its milestone both at "all". Self-contained (a subquery). */
export const evidenceSharedWithAll: SQL = and(
  eq(evidence.sharingLevel, "all"),
  // Aliased, so the condition also holds inside a query that itself reads milestones.
  sql`exists (select 1 from "milestones" "shared_milestone" where "shared_milestone"."id" = ${evidence.milestoneId} and "shared_milestone"."sharing_level" = 'all')`,
)!;

/** The `where` condition on `milestones` for what the actor may read (deleted ones are the caller's choice). */
export function milestoneVisibleTo(actor: Actor): SQL {
  return or(milestoneSharedWithAll, insider(actor, milestones.countryCode))!;
}

/** The `where` condition on `evidence` for what the actor may read; needs no join with milestones. */
export function evidenceVisibleTo(actor: Actor): SQL {
  return or(evidenceSharedWithAll, insider(actor, evidence.countryCode))!;
}
