/**
 * The webhooks' part of the matrix e2e/api-authorization.spec.ts walks (decision 2210): registering an endpoint for the
 * scope's agency (a coordinator's is for every country, so allowed in both scopes; an adviser's only for their own
 * agency), and listing one's own endpoints, which anyone holding `webhook.manage` may. Each allowed registration is
 * subscribed to accepted reports only, at the loopback's discard port (the test server allows private addresses): a
 * report another spec accepts is tried there and refused at once, and never leaves the machine.
 */
import type { Case, Made, Where } from "./api-permission-cases";

export function webhookWrites(where: Where, scope: { agencyAcronym: string }, made: Made): Case[] {
  if (where === "forged") return [];
  const agencyId = made.agencyIds.get(scope.agencyAcronym)!;
  return [
    {
      name: "POST /webhooks",
      action: "webhook.manage",
      where,
      target: { agencyId },
      call: () => ({ method: "POST", url: "/webhooks", body: { url: "http://127.0.0.1:9/socle-authorization", eventTypes: ["report.accepted"], agencyId } }),
    },
  ];
}

export const webhookReads: Case[] = [{ name: "GET /webhooks", action: "webhook.manage", where: "anywhere", target: {}, own: true, call: () => ({ method: "GET", url: "/webhooks" }) }];
