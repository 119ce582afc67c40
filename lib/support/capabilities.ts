/** What the support pages offer an actor, asked of the permission table (lib/ checks again at the change). */
import { type Actor, agenciesOf } from "@/lib/actor";
import { can } from "@/lib/permissions";

/** May add support for some agency: a coordinator for any, an adviser for their own. */
export function mayAddSupport(actor: Actor): boolean {
  return can(actor, "support.write") || agenciesOf(actor).some((agencyId) => can(actor, "support.write", { agencyId }));
}

/** The agencies an actor may write support for: "any", or their own. */
export function writableAgencies(actor: Actor): "any" | Set<string> {
  if (can(actor, "support.write")) return "any";
  return new Set(agenciesOf(actor).filter((agencyId) => can(actor, "support.write", { agencyId })));
}
