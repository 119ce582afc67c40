/** Changes an endpoint's address, description or events; an edit from an older version gets CONFLICT with the endpoint as it stands. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { webhookEndpoints } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { assertCanSomewhere } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { editEndpointSchema } from "@/lib/validation/webhooks";
import { addressRefusal } from "./address-guard";
import { endpointForChange, endpointSnapshot, webhookEndpointEntity } from "./endpoint-records";

export async function editEndpoint(db: Database, actor: Actor, input: unknown): Promise<{ id: string; version: number }> {
  assertCanSomewhere(actor, "webhook.manage");
  const { id, version, ...fields } = parseInput(editEndpointSchema, input);
  const refusal = await addressRefusal(fields.url);
  if (refusal) throw invalid({ url: refusal });
  return db.transaction(async (tx) => {
    const endpoint = await endpointForChange(tx, actor, id);
    if (endpoint.version !== version) throw conflict(endpoint);
    const after = { url: fields.url, description: fields.description ?? "", eventTypes: fields.eventTypes };
    const changes = changedFields(endpointSnapshot(endpoint), after);
    if (Object.keys(changes.after).length === 0) return { id, version };
    await tx
      .update(webhookEndpoints)
      .set({ ...after, version: version + 1, updatedAt: new Date() })
      .where(eq(webhookEndpoints.id, id));
    await recordAudit(tx, actor, { action: "webhook.edit", entityType: webhookEndpointEntity, entityId: id, agencyId: endpoint.agencyId, ...changes });
    return { id, version: version + 1 };
  });
}
