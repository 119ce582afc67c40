/**
 * The webhooks' part of the matrix e2e/api-authorization.spec.ts walks (decision 2210): registering an endpoint for the
 * scope's agency (a coordinator's is for every country, so allowed in both scopes; an adviser's only for their own
 * agency), and listing one's own endpoints, which anyone holding `webhook.manage` may. Each allowed registration is
 * subscribed to accepted reports only, at a public literal address, so it adds no delivery to the other cases' writes.
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
      call: () => ({ method: "POST", url: "/webhooks", body: { url: "https://93.184.215.14/socle-authorization", eventTypes: ["report.accepted"], agencyId } }),
    },
  ];
}

export const webhookReads: Case[] = [{ name: "GET /webhooks", action: "webhook.manage", where: "anywhere", target: {}, own: true, call: () => ({ method: "GET", url: "/webhooks" }) }];
