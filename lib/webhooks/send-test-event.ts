/** "Send a test event": a `webhook.test` delivery to one of the actor's endpoints, sent and logged like any other. */
import type { Database } from "@/db/engine";
import { webhookDeliveries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { invalid } from "@/lib/errors";
import { assertCanSomewhere } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { endpointIdSchema } from "@/lib/validation/webhooks";
import { endpointForChange, webhookEndpointEntity } from "./endpoint-records";
import { newMessageId, payloadOf } from "./enqueue-events";
import { wakeWebhookSender } from "./sender-wake";

export const testEventType = "webhook.test";

export async function sendTestEvent(db: Database, actor: Actor, input: unknown): Promise<{ deliveryId: string; messageId: string }> {
  assertCanSomewhere(actor, "webhook.manage");
  const { id } = parseInput(endpointIdSchema, input);
  const sent = await db.transaction(async (tx) => {
    const endpoint = await endpointForChange(tx, actor, id);
    // A disabled endpoint's deliveries wait until it is enabled: a test would only wait with them.
    if (endpoint.disabledAt) throw invalid({}, "webhooks.rules.disabled");
    const now = new Date();
    const messageId = newMessageId();
    const [delivery] = await tx
      .insert(webhookDeliveries)
      .values({ endpointId: id, messageId, eventType: testEventType, payload: payloadOf(testEventType, now, { endpointId: id, test: true }), nextAttemptAt: now })
      .returning({ id: webhookDeliveries.id });
    await recordAudit(tx, actor, { action: "webhook.test", entityType: webhookEndpointEntity, entityId: id, agencyId: endpoint.agencyId, after: { messageId } });
    return { deliveryId: delivery!.id, messageId };
  });
  wakeWebhookSender();
  return sent;
}
