/**
 * One IATI 2.03 activity from what Socle holds about it (decision 2140): usually one support entry; the entries split
 * from one multi-country activity (the same IATI identifier) are written back as that one activity, each country with
 * its share. Written so that the official IATI Validator's rules hold for everything Socle accepts: only past money is
 * a transaction (future money is a planned disbursement), a date is actual only once it has passed, and nothing
 * unknown is written as an empty attribute.
 */
import type { LocalizedText } from "@/db/schema";
import type { supportStatuses, transactionTypes } from "@/db/schema/values";
import { addAmounts, normalizeAmount } from "@/lib/support/money";
import { type IatiResult, iatiResultElements } from "./iati-results";
import { type Attributes, element, narrative, narratives, xmlText } from "./iati-xml";
import type { ExportedAgency, ExportedEntry } from "./support-pages";

export const iatiTransactionCodes: Record<(typeof transactionTypes)[number], string> = { pledged: "12", committed: "2", disbursed: "3", spent: "4" };

/** Delivered support is physically complete; Socle does not know when the agency closes its books (4). */
export const iatiActivityStatus: Record<(typeof supportStatuses)[number], string> = { planned: "1", ongoing: "2", delivered: "3" };

/** IATI refuses a reporting organisation without identifier or type (XSD: both required; Validator 1.7.2). */
export const publishableToIati = (agency: Pick<ExportedAgency, "iatiRef" | "iatiOrgType">) => Boolean(agency.iatiRef && agency.iatiOrgType);

/** Where an entry's money comes from, as IATI names organisations: a member (its identifier when known) or a donor by name. */
export type IatiFunder =
  | { kind: "member"; name: LocalizedText; iatiRef: string | null; iatiOrgType: string | null; activityId: string | null }
  | { kind: "donor"; name: string };

/** The part an entry adds to the identifier: IATI forbids spaces, /, &, | and ? in identifiers (Validator 1.3.13). */
const identifierPart = (reference: string) => reference.trim().replace(/[\s/&|?]+/g, "-");

/**
 * The activity's identifier: the one it was imported under (kept, as IATI says an identifier never changes, and so
 * that Socle's export re-imports unchanged), else the reporting organisation's identifier and the entry's reference.
 */
export function iatiIdentifierOf(entry: Pick<ExportedEntry["entry"], "iatiIdentifier" | "reference">, agency: Pick<ExportedAgency, "iatiRef">): string | null {
  if (entry.iatiIdentifier) return entry.iatiIdentifier;
  return agency.iatiRef ? `${agency.iatiRef}-${identifierPart(entry.reference)}` : null;
}

export type IatiActivityInput = {
  /** One entry, or the entries sharing one IATI identifier (one per country), all of one publishable agency. */
  shares: ExportedEntry[];
  funders: Map<string, IatiFunder>;
  results: Map<string, IatiResult[]>;
  /** The export's day (UTC): dates after it are the future. */
  today: string;
};

const earliest = (dates: (string | null | undefined)[]) => dates.filter((date): date is string => Boolean(date)).sort()[0];
const latest = (dates: (string | null | undefined)[]) => dates.filter((date): date is string => Boolean(date)).sort().at(-1);

/** Each country's percentage of the activity: by amount for money (two decimals summing to 100), else equal shares. */
export function countryPercentages(shares: Pick<ExportedEntry, "entry">[]): string[] {
  if (shares.length === 1) return ["100"];
  // Exact, in ten-thousandths as numeric(20,4) holds amounts.
  const cents = shares.map(({ entry }) => {
    const [whole = "0", fraction = ""] = normalizeAmount(entry.amount ?? "0").split(".");
    return BigInt(whole) * 10000n + BigInt(fraction.padEnd(4, "0").slice(0, 4));
  });
  const total = cents.reduce((sum, value) => sum + value, 0n);
  const weights = total > 0n ? cents : shares.map(() => 1n);
  const whole = weights.reduce((sum, value) => sum + value, 0n);
  const hundredths = weights.map((weight) => (weight * 10000n) / whole);
  // The rounding left over goes to the last country, so the percentages add up to 100 exactly (Validator 3.1.2).
  hundredths[hundredths.length - 1]! += 10000n - hundredths.reduce((sum, value) => sum + value, 0n);
  return hundredths.map((value) => normalizeAmount(`${value / 100n}.${String(value % 100n).padStart(2, "0")}`));
}

type Money = ExportedEntry["transactions"][number];

/** The shares' transactions as one activity's: the same transaction split across countries is summed back. */
function mergedTransactions(shares: ExportedEntry[]): Money[] {
  if (shares.length === 1) return shares[0]!.transactions;
  const byKey = new Map<string, Money>();
  for (const transaction of shares.flatMap((share) => share.transactions)) {
    const key = `${transaction.iatiReference ?? `${transaction.type}|${transaction.occurredOn}|${transaction.valueDate}`}|${transaction.currency}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, amount: addAmounts(seen.amount, transaction.amount) } : transaction);
  }
  return [...byKey.values()].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
}

const workingGroup = (country: LocalizedText) => narrative(`National social protection floor working group, ${country.en}`);

function funderOrganisation(funder: IatiFunder): string {
  if (funder.kind === "donor") return element("participating-org", { role: "1" }, narrative(funder.name));
  const attributes = { ref: funder.iatiRef, type: funder.iatiOrgType, role: "1", "activity-id": funder.activityId };
  return element("participating-org", attributes, narratives(funder.name));
}

/**
 * Where the money came from, as IATI traces it between publishers: the funder's money comes in as the agency commits
 * it (an incoming commitment, 11, beside each commitment), or, without commitments, as it disburses it (incoming funds,
 * 1). A pass-through names the giver's activity. Importers read an activity's source from these (decision 2120).
 */
function incomingFrom(funder: IatiFunder | undefined, past: Money[], receiver: Attributes, receiverName: LocalizedText): string[] {
  if (!funder) return [];
  const committed = past.filter((transaction) => transaction.type === "committed");
  const flows = committed.length > 0 ? committed : past.filter((transaction) => transaction.type === "disbursed");
  const provider =
    funder.kind === "donor"
      ? element("provider-org", {}, narrative(funder.name))
      : element("provider-org", { ref: funder.iatiRef, "provider-activity-id": funder.activityId, type: funder.iatiOrgType }, narratives(funder.name));
  return flows.map((transaction) =>
    element("transaction", {}, [
      element("transaction-type", { code: transaction.type === "committed" ? "11" : "1" }),
      element("transaction-date", { "iso-date": transaction.occurredOn }),
      element("value", { currency: transaction.currency, "value-date": transaction.valueDate }, normalizeAmount(transaction.amount)),
      provider,
      element("receiver-org", receiver, narratives(receiverName)),
    ].join("")),
  );
}

export function iatiActivity({ shares, funders, results, today }: IatiActivityInput): string {
  const [primary] = shares;
  if (!primary || !publishableToIati(primary.agency)) throw new Error("iatiActivity: an activity needs an entry of an agency with an IATI identifier and type");
  const { entry, agency } = primary;
  const agencyAttributes = { ref: agency.iatiRef, type: agency.iatiOrgType };
  const financial = entry.kind === "financial";
  const entryFunders = [...new Map(shares.flatMap((share) => (funders.has(share.entry.id) ? [funders.get(share.entry.id)!] : [])).map((funder) => [JSON.stringify(funder), funder])).values()];
  const transactions = mergedTransactions(shares);
  // IATI refuses a transaction or value date after today (Validator 11.2.1, 11.2.2): future money is planned.
  const isFuture = (transaction: Money) => transaction.occurredOn > today || transaction.valueDate > today;
  const past = transactions.filter((transaction) => !isFuture(transaction));
  const planned = transactions.filter(isFuture);

  const start = earliest(shares.map((share) => share.entry.startDate));
  const end = latest(shares.map((share) => share.entry.endDate));
  // A date is actual only once it has passed (Validator 11.1.4, 11.1.5); a start is required (Standard Ruleset atleast_one).
  const dates = [
    start
      ? element("activity-date", { type: entry.status !== "planned" && start <= today ? "2" : "1", "iso-date": start })
      : element("activity-date", { type: "1", "iso-date": earliest([entry.createdAt.toISOString().slice(0, 10), end, transactions[0]?.occurredOn])! }),
    end ? element("activity-date", { type: entry.status === "delivered" && end <= today ? "4" : "3", "iso-date": end }) : "",
  ];
  const percentages = countryPercentages(shares);
  const provider = element("provider-org", agencyAttributes, narratives(agency.name));
  const receiver = element("receiver-org", {}, workingGroup(primary.countryName));
  // A transaction recorded since the entry's last edit updates the activity too (Validator 7.6.1 compares them).
  const updatedAt = [...shares.map((share) => share.entry.updatedAt), ...transactions.map((transaction) => transaction.createdAt)].sort((a, b) => b.getTime() - a.getTime())[0]!;

  return element("iati-activity", { "last-updated-datetime": updatedAt.toISOString(), "xml:lang": "en", "default-currency": entry.currency, hierarchy: "1" }, [
    element("iati-identifier", {}, xmlText(iatiIdentifierOf(entry, agency)!)),
    element("reporting-org", agencyAttributes, narratives(agency.name)),
    element("title", {}, narrative(entry.title)),
    element("description", { type: "1" }, narrative(entry.description || entry.title)),
    entry.deliverables ? element("description", { type: "4" }, narrative(entry.deliverables)) : "",
    // Money from a member or a donor: they fund (role 1) and the agency extends it (3); else the agency funds.
    ...(entryFunders.length > 0 ? [...entryFunders.map(funderOrganisation), element("participating-org", { ...agencyAttributes, role: "3" }, narratives(agency.name))] : [element("participating-org", { ...agencyAttributes, role: "1" }, narratives(agency.name))]),
    ...(financial
      ? shares.map((share) => element("participating-org", { role: "4" }, workingGroup(share.countryName)))
      : [element("participating-org", { ...agencyAttributes, role: "4" }, narratives(agency.name))]),
    element("activity-status", { code: iatiActivityStatus[entry.status] }),
    ...dates,
    ...shares.map((share, index) => element("recipient-country", { code: share.entry.countryCode, percentage: percentages[index] }, narratives(share.countryName))),
    element("sector", { vocabulary: "1", code: "16010", percentage: "100" }),
    element("tag", { vocabulary: "3", code: "1.3" }),
    financial ? element("default-flow-type", { code: "10" }) + element("default-finance-type", { code: "110" }) : "",
    financial ? "" : element("default-aid-type", { code: "D02", vocabulary: "1" }),
    ...planned.map((transaction) =>
      element("planned-disbursement", { type: "1" }, [
        element("period-start", { "iso-date": transaction.occurredOn }),
        element("period-end", { "iso-date": latest([transaction.occurredOn, transaction.valueDate])! }),
        element("value", { currency: transaction.currency, "value-date": transaction.valueDate }, normalizeAmount(transaction.amount)),
        provider,
        receiver,
      ].join("")),
    ),
    ...incomingFrom(entryFunders[0], past, agencyAttributes, agency.name),
    ...past.map((transaction) =>
      element("transaction", { ref: transaction.iatiReference }, [
        element("transaction-type", { code: iatiTransactionCodes[transaction.type] }),
        element("transaction-date", { "iso-date": transaction.occurredOn }),
        element("value", { currency: transaction.currency, "value-date": transaction.valueDate }, normalizeAmount(transaction.amount)),
        transaction.confirmationNote ? element("description", {}, narrative(transaction.confirmationNote)) : "",
        provider,
        receiver,
      ].join("")),
    ),
    // After the transactions, as the schema orders an activity's elements.
    ...iatiResultElements(shares.flatMap((share) => results.get(share.entry.id) ?? []), element, narratives),
  ].filter(Boolean).join("\n    "));
}
