/** What the inventory's screens offer an actor for a country, asked of the permission table (lib/ checks again at the change). */
import type { Actor } from "@/lib/actor";
import { can } from "@/lib/permissions";
import { canReadUnshared } from "@/lib/sharing/visibility";

export type SchemeCapabilities = {
  /** Add, edit, withdraw and restore the country's schemes, and list the withdrawn ones. */
  mayWrite: boolean;
  /** Reads the schemes kept to the country, not only those shared with all. */
  readsUnshared: boolean;
};

export function schemeCapabilities(actor: Actor, countryCode: string): SchemeCapabilities {
  return { mayWrite: can(actor, "scheme.write", { countryCode }), readsUnshared: canReadUnshared(actor, countryCode) };
}
