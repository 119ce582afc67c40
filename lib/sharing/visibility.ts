/**
 * The one rule of who reads which milestones, evidence, experience write-ups and schemes. An item at the "country"
 * sharing level is read by its country's working group and coordinators (`milestone.readUnshared` in the
 * permission table); at "all", by everyone signed in. Evidence is read outside its country only when both it
 * and its milestone are shared. A write-up is also read by its authors' side, and by no one else while it is a
 * draft (decision 2350). A scheme of a country's inventory follows the milestones' rule (decision 1700); a country's assessment
 * matrix, its items and its endorsed versions follow the matrix's one level (decision 1720); a country's costing, its
 * inputs, scenarios, packages and validated versions, the costing's (decision 1810); an indicator a country follows,
 * its values and links, its own level (decision 1900); a milestone planned ahead, the milestones' rule (decision 2000). Every read of these builds its
 * `where` from these functions.
 */
import { and, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import {
  assessmentItems,
  assessmentVersions,
  auditLog,
  costingPackages,
  costings,
  costingScenarios,
  costingVersions,
  countries,
  countryIndicators,
  evidence,
  experiences,
  milestones,
  plannedMilestones,
  schemes,
  stepFigures,
} from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { can, scopeOf, type Target } from "@/lib/permissions";

/** The countries whose unshared items the actor reads: every country, or a list (often empty). */
export function unsharedReadScope(actor: Actor): "any" | string[] {
  const scope = scopeOf(actor, "milestone.readUnshared");
  return scope === "any" ? "any" : scope.countryCodes;
}

export function canReadUnshared(actor: Actor, countryCode: string): boolean {
  return can(actor, "milestone.readUnshared", { countryCode });
}

type CountryColumn =
  | typeof milestones.countryCode
  | typeof evidence.countryCode
  | typeof experiences.countryCode
  | typeof schemes.countryCode
  | typeof assessmentItems.countryCode
  | typeof assessmentVersions.countryCode
  | typeof costings.countryCode
  | typeof costingScenarios.countryCode
  | typeof costingPackages.countryCode
  | typeof costingVersions.countryCode
  | typeof countryIndicators.countryCode
  | typeof plannedMilestones.countryCode
  | typeof auditLog.countryCode
  | typeof stepFigures.countryCode
  | typeof countries.code;

function insider(actor: Actor, countryColumn: CountryColumn): SQL | undefined {
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

/**
 * The `where` condition on `step_figures` for the rows whose figures the actor may read: a step's figures for a
 * reader are the sums over these rows (decision 2420), as its milestones and evidence are filtered by the two rules above.
 */
export function stepFiguresVisibleTo(actor: Actor): SQL {
  return or(eq(stepFigures.sharingLevel, "all"), insider(actor, stepFigures.countryCode))!;
}

/** The `where` condition on `evidence` for what the actor may read; needs no join with milestones. */
export function evidenceVisibleTo(actor: Actor): SQL {
  return or(evidenceSharedWithAll, insider(actor, evidence.countryCode))!;
}

/** The `where` condition on `schemes` for what the actor may read (withdrawn ones are the caller's choice). */
export function schemeVisibleTo(actor: Actor): SQL {
  return or(eq(schemes.sharingLevel, "all"), insider(actor, schemes.countryCode))!;
}

/** The `where` condition on `country_indicators` for the followed indicators (and so their values) the actor may read. */
export function countryIndicatorVisibleTo(actor: Actor): SQL {
  return or(eq(countryIndicators.sharingLevel, "all"), insider(actor, countryIndicators.countryCode))!;
}

/** The `where` condition on `planned_milestones` for what the actor may read: the milestones' rule (decision 2000). */
export function plannedMilestoneVisibleTo(actor: Actor): SQL {
  return or(eq(plannedMilestones.sharingLevel, "all"), insider(actor, plannedMilestones.countryCode))!;
}

/**
 * The `where` condition for the assessment matrices the actor may read, on a country column of `assessment_items`
 * or `assessment_versions` (or one joined to them), of the audit log, or on `countries.code` for a whole matrix (the
 * gaps view): the matrix shared with all, or one of the actor's countries.
 */
export function assessmentVisibleTo(
  actor: Actor,
  countryColumn: typeof assessmentItems.countryCode | typeof assessmentVersions.countryCode | typeof auditLog.countryCode | typeof countries.code,
): SQL {
  return or(
    sql`exists (select 1 from "assessment_matrices" "shared_matrix" where "shared_matrix"."country_code" = ${countryColumn} and "shared_matrix"."sharing_level" = 'all')`,
    insider(actor, countryColumn),
  )!;
}

/**
 * The `where` condition for the costings the actor may read, on a country column of `costings`, its scenarios,
 * packages or validated versions (or one joined to them), of the audit log, or on `countries.code` (a view across
 * countries): the costing shared with all, or one of the actor's countries. A country without a costing reads as kept.
 */
export function costingVisibleTo(
  actor: Actor,
  countryColumn:
    | typeof costings.countryCode
    | typeof costingScenarios.countryCode
    | typeof costingPackages.countryCode
    | typeof costingVersions.countryCode
    | typeof auditLog.countryCode
    | typeof countries.code,
): SQL {
  return or(
    sql`exists (select 1 from "costings" "shared_costing" where "shared_costing"."country_code" = ${countryColumn} and "shared_costing"."sharing_level" = 'all')`,
    insider(actor, countryColumn),
  )!;
}

/** The same rule for one costing already read (its sharing level, or none before its frame), for a page that shows what it allows. */
export function mayReadCosting(actor: Actor, countryCode: string, sharingLevel: string | undefined): boolean {
  return sharingLevel === "all" || canReadUnshared(actor, countryCode);
}

/**
 * A write-up's authors' side, the people who may write it: for the working group's, the country's group and
 * coordinators; for an adviser's, their agency's advisers and coordinators. The target `can` and `assertCan`
 * judge it by: naming only one of the two keeps a country's group from an adviser's draft and the reverse.
 */
export function experienceAuthors(experience: { countryCode: string; agencyId: string | null }): Target {
  return experience.agencyId === null ? { countryCode: experience.countryCode } : { agencyId: experience.agencyId };
}

/** The `where` condition on `experiences` for the write-ups the actor writes (drafts included). */
export function experienceAuthoredBy(actor: Actor): SQL | undefined {
  const scope = scopeOf(actor, "experience.write");
  if (scope === "any") return sql`true`;
  return or(
    scope.countryCodes.length > 0 ? and(isNull(experiences.agencyId), inArray(experiences.countryCode, scope.countryCodes)) : undefined,
    scope.agencyIds.length > 0 ? inArray(experiences.agencyId, scope.agencyIds) : undefined,
  );
}

/** The `where` condition on `experiences` for what the actor may read: published to them, or theirs (deleted ones are the caller's choice). */
export function experienceVisibleTo(actor: Actor): SQL {
  return or(
    and(eq(experiences.state, "published"), or(eq(experiences.sharingLevel, "all"), insider(actor, experiences.countryCode))),
    experienceAuthoredBy(actor),
  )!;
}

/** The same rule for one write-up already read, for a page that shows what the row allows. */
export function mayReadExperience(actor: Actor, experience: { countryCode: string; agencyId: string | null; state: string; sharingLevel: string }): boolean {
  if (can(actor, "experience.write", experienceAuthors(experience))) return true;
  return experience.state === "published" && (experience.sharingLevel === "all" || canReadUnshared(actor, experience.countryCode));
}
