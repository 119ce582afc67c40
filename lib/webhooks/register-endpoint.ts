/**
 * Registers a webhook endpoint for its owner: a coordinator's for every country, an adviser's for their agency. The
 * address is refused when it is, or resolves to, a private address (lib/webhooks/address-guard.ts); the secret is
 * made here and shown to its owner.
 */
import type { Database } from "@/db/engine";
import { webhookEndpoints } from "@/db/schema";
import { type Actor, agenciesOf } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { invalid } from "@/lib/errors";
import { assertCan, can } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { registerEndpointSchema } from "@/lib/validation/webhooks";
import { addressRefusal } from "./address-guard";
import { endpointSnapshot, webhookEndpointEntity } from "./endpoint-records";
import { newEndpointSecret } from "./signature";

/** A coordinator's endpoint is for every country (no agency); an adviser's for the agency named, or their only one. */
export function endpointAgency(actor: Actor, agencyId: string | undefined): string | null {
  if (can(actor, "webhook.manage")) return null;
  const agencies = agenciesOf(actor).filter((id) => can(actor, "webhook.manage", { agencyId: id }));
  if (agencyId) return agencies.includes(agencyId) ? agencyId : "";
  return agencies.length === 1 ? agencies[0]! : "";
}

export async function registerEndpoint(db: Database, actor: Actor, input: unknown): Promise<{ id: string; version: number }> {
  const values = parseInput(registerEndpointSchema, input);
  const agencyId = endpointAgency(actor, values.agencyId || undefined);
  if (agencyId === "") {
    assertCan(actor, "webhook.manage", { agencyId: values.agencyId || null });
    throw invalid({ agencyId: "validation.required" });
  }
  assertCan(actor, "webhook.manage", { agencyId });
  const refusal = await addressRefusal(values.url);
  if (refusal) throw invalid({ url: refusal });
  return db.transaction(async (tx) => {
    const [endpoint] = await tx
      .insert(webhookEndpoints)
      .values({ ownerId: actor.userId, agencyId, url: values.url, description: values.description ?? "", eventTypes: values.eventTypes, secret: newEndpointSecret() })
      .returning({ id: webhookEndpoints.id, version: webhookEndpoints.version });
    await recordAudit(tx, actor, {
      action: "webhook.register",
      entityType: webhookEndpointEntity,
      entityId: endpoint!.id,
      agencyId,
      after: endpointSnapshot({ url: values.url, description: values.description ?? "", eventTypes: values.eventTypes }),
    });
    return endpoint!;
  });
}
