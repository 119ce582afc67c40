/**
 * An endpoint's other changes, each from the version its owner read (a stale one gets CONFLICT): a new secret (the
 * old one stops signing at once), disabled or enabled by its owner (enabling clears the failures counted), deleted
 * (soft: its deliveries and their log stay; those still waiting are given up, so the sender never walks them again).
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { assertCanSomewhere } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { endpointChangeSchema } from "@/lib/validation/webhooks";
import { endpointForChange, webhookEndpointEntity } from "./endpoint-records";
import { newEndpointSecret } from "./signature";

type Change = "rotateSecret" | "disable" | "enable" | "delete";
type Changed = { id: string; version: number };

const changeOf = (change: Change, actor: Actor, now: Date) => {
  switch (change) {
    case "rotateSecret":
      return { set: { secret: newEndpointSecret() }, before: {}, after: { secretRotated: true } };
    case "disable":
      return { set: { disabledAt: now, disabledReason: "owner" }, before: { disabled: false }, after: { disabled: true, reason: "owner" } };
    case "enable":
      return { set: { disabledAt: null, disabledReason: null, consecutiveFailures: 0 }, before: { disabled: true }, after: { disabled: false } };
    case "delete":
      return { set: { deletedAt: now, deletedById: actor.userId }, before: { deleted: false }, after: { deleted: true } };
  }
};

async function changeEndpoint(db: Database, actor: Actor, input: unknown, change: Change): Promise<Changed> {
  assertCanSomewhere(actor, "webhook.manage");
  const { id, version } = parseInput(endpointChangeSchema, input);
  return db.transaction(async (tx) => {
    const endpoint = await endpointForChange(tx, actor, id);
    if (endpoint.version !== version) throw conflict(endpoint);
    // Disabling one already disabled, or enabling one already on, changes nothing.
    if ((change === "disable" && endpoint.disabledAt) || (change === "enable" && !endpoint.disabledAt)) return { id, version };
    const now = new Date();
    const { set, before, after } = changeOf(change, actor, now);
    await tx
      .update(webhookEndpoints)
      .set({ ...set, version: version + 1, updatedAt: now })
      .where(eq(webhookEndpoints.id, id));
    if (change === "delete") {
      await tx
        .update(webhookDeliveries)
        .set({ state: "failed", claimedUntil: null, lastError: "endpoint deleted" })
        .where(and(eq(webhookDeliveries.endpointId, id), inArray(webhookDeliveries.state, ["pending", "sending"])));
    }
    await recordAudit(tx, actor, { action: `webhook.${change}`, entityType: webhookEndpointEntity, entityId: id, agencyId: endpoint.agencyId, before, after });
    return { id, version: version + 1 };
  });
}

export const rotateEndpointSecret = (db: Database, actor: Actor, input: unknown) => changeEndpoint(db, actor, input, "rotateSecret");
export const disableEndpoint = (db: Database, actor: Actor, input: unknown) => changeEndpoint(db, actor, input, "disable");
export const enableEndpoint = (db: Database, actor: Actor, input: unknown) => changeEndpoint(db, actor, input, "enable");
export const deleteEndpoint = (db: Database, actor: Actor, input: unknown) => changeEndpoint(db, actor, input, "delete");
