/** What the support pages offer an actor, asked of the permission table's scope (lib/ checks again at the change). */
import type { Actor } from "@/lib/actor";
import { maySomewhere, scopeOf } from "@/lib/permissions";

/** May add support for some agency: a coordinator for any, an adviser for their own. */
export function mayAddSupport(actor: Actor): boolean {
  return maySomewhere(actor, "support.write");
}

/** The agencies an actor may write support for: "any", or their own. */
export function writableAgencies(actor: Actor): "any" | Set<string> {
  const scope = scopeOf(actor, "support.write");
  return scope === "any" ? "any" : new Set(scope.agencyIds);
}
