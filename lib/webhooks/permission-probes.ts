/**
 * The webhooks' probe for lib/permissions.int.test.ts: registering an endpoint for the scope's agency (a coordinator's
 * is for every country, whatever the scope), at a public literal address so that no name is resolved.
 */
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { agencyIdOf } from "@/lib/testing/test-database";
import { registerEndpoint } from "./register-endpoint";

type Probe = (db: Database, actor: Actor, scope: { agencyAcronym: string }) => Promise<unknown>;

export function webhookProbes(): Record<"webhook.manage", Probe> {
  return {
    "webhook.manage": async (db, actor, scope) =>
      registerEndpoint(db, actor, { url: "https://93.184.215.14/socle-hook", eventTypes: ["milestone.logged"], agencyId: await agencyIdOf(db, scope.agencyAcronym) }),
  };
}
