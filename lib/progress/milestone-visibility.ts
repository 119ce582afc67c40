/**
 * Which milestones a reader may see, as a condition on the `milestones` table (unaliased). Every count and list
 * of milestones across countries (the matrix, "as of", the activity feed) goes through it, so a narrower
 * sharing rule applies to them all at once. Today every signed-in role reads every country's milestones.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Actor } from "@/lib/actor";
import { can } from "@/lib/permissions";

export function milestoneVisibleTo(actor: Actor): SQL {
  return can(actor, "country.read") ? sql`true` : sql`false`;
}
