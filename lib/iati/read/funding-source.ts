/**
 * Where an activity's money comes from, read from its incoming funds (1), incoming commitments (11) and incoming
 * pledges (13): a provider-org whose ref is a Socle agency's is a member; any other provider a named donor; none, or
 * only the reporting agency itself, the agency's own resources. The entry names one source: the largest provider
 * decides, and a donor entry names every donor provider, largest first.
 */
import type { ProblemList } from "./problem-list";
import { Decimal } from "./split-by-country";
import type { MapOptions, ReadTransaction } from "./types";
import type { FundingSource } from "@/db/schema/values";

const incomingTypes = new Set(["1", "11", "13"]);
const maxDonorText = 200;

export function isIncoming(transaction: ReadTransaction): boolean {
  return transaction.type !== null && incomingTypes.has(transaction.type);
}

interface Provider {
  key: string;
  name: string;
  agencyId: string | null;
  /** The first provider-activity-id it gives. */
  activityId: string | null;
  total: Decimal;
}

export function fundingSourceOf(
  transactions: readonly ReadTransaction[],
  options: Pick<MapOptions, "agenciesByIatiRef" | "agencyIatiRef">,
  notes: ProblemList,
): { fundingSource: FundingSource; fundingAgencyId: string | null; fundingDonor: string | null; fundingActivityId: string | null } {
  const self = options.agencyIatiRef.trim().toUpperCase();
  const providers = new Map<string, Provider>();
  for (const transaction of transactions) {
    if (!isIncoming(transaction) || transaction.providerOrg === null) continue;
    const ref = transaction.providerOrg.ref?.trim().toUpperCase() ?? null;
    const name = transaction.providerOrg.name ?? transaction.providerOrg.ref;
    if (ref === self || name === null) continue;
    const key = ref ?? `name:${name.toLowerCase()}`;
    const provider = providers.get(key) ?? { key, name, agencyId: ref ? (options.agenciesByIatiRef.get(ref)?.id ?? null) : null, activityId: null, total: new Decimal(0) };
    provider.activityId ??= transaction.providerOrg.activityId;
    // Only ranks the providers: amounts in several currencies are compared as numbers, never added to a figure shown.
    if (transaction.value !== null) provider.total = provider.total.plus(new Decimal(transaction.value).abs());
    providers.set(key, provider);
  }
  const own = { fundingSource: "own", fundingAgencyId: null, fundingDonor: null, fundingActivityId: null } as const;
  if (providers.size === 0) return own;

  const ranked = [...providers.values()].sort((a, b) => b.total.comparedTo(a.total) || a.name.localeCompare(b.name));
  const [largest] = ranked;
  if (largest === undefined) return own;
  if (ranked.length > 1) notes.add("transaction", "several_sources", ranked.map((provider) => provider.name).join(", "));
  if (largest.agencyId !== null) return { fundingSource: "member", fundingAgencyId: largest.agencyId, fundingDonor: null, fundingActivityId: largest.activityId };
  const donors = ranked.filter((provider) => provider.agencyId === null).map((provider) => provider.name);
  const text = donors.join(", ");
  return { fundingSource: "donor", fundingAgencyId: null, fundingDonor: text.length > maxDonorText ? `${text.slice(0, maxDonorText - 1)}…` : text, fundingActivityId: null };
}
