/**
 * An activity mapped to Socle support entries, one per Socle recipient country (decision 2120): its transactions
 * (commitment → committed, disbursement → disbursed, expenditure → spent, outgoing pledge → pledged), future money
 * (budgets, planned disbursements, transactions dated after today), the amount, status, dates, text and the source
 * of its money, every figure split by the countries' percentages exactly.
 */
import { allRecipientCountries } from "./classify-activity";
import { entryText } from "./entry-text";
import { fundingSourceOf, isIncoming } from "./funding-source";
import { ProblemList } from "./problem-list";
import { type CountryShare, Decimal, amountText, countryShares, splitAmount } from "./split-by-country";
import type {
  IatiTransactionTypeCode,
  MapOptions,
  MappedAmountBasis,
  MappedEntry,
  MappedPlannedMoney,
  MappedTransaction,
  ReadActivity,
  ReadPlannedMoney,
  SupportStatus,
  SupportTransactionType,
} from "./types";

const socleTypes: Partial<Record<IatiTransactionTypeCode, SupportTransactionType>> = { "2": "committed", "3": "disbursed", "4": "spent", "12": "pledged" };

/** One figure of the activity before it is split: a transaction, or money ahead. */
interface Flow {
  position: number | null;
  ref: string | null;
  type: SupportTransactionType | null;
  source: MappedPlannedMoney["source"] | "transaction";
  date: string | null;
  periodEnd: string | null;
  valueDate: string | null;
  value: Decimal;
  currency: string;
  /** A transaction's own recipient country: it goes to that country whole. */
  country: string | null;
}

const statusByCode: Record<string, SupportStatus> = { "1": "planned", "2": "ongoing", "3": "delivered", "4": "delivered", "6": "ongoing" };

function datesOf(activity: ReadActivity, notes: ProblemList): { startDate: string | null; endDate: string | null } {
  const of = (type: string) => activity.dates.find((date) => date.type === type)?.date ?? null;
  const startDate = of("2") ?? of("1");
  let endDate = of("4") ?? of("3");
  if (startDate !== null && endDate !== null && endDate < startDate) {
    notes.add("activity-date", "left_out", `end ${endDate} before start ${startDate}`);
    endDate = null;
  }
  return { startDate, endDate };
}

function statusOf(activity: ReadActivity, dates: { startDate: string | null; endDate: string | null }, today: string, notes: ProblemList): SupportStatus {
  if (activity.status === "6") notes.add("activity-status", "suspended", "read as ongoing");
  const byCode = activity.status === null ? undefined : statusByCode[activity.status];
  if (byCode) return byCode;
  // No status (or cancelled, mapped only when asked): the dates say where it stands.
  if (dates.endDate !== null && dates.endDate < today && activity.dates.some((date) => date.type === "4")) return "delivered";
  if (dates.startDate !== null && dates.startDate <= today) return "ongoing";
  return "planned";
}

/** Budgets without those a revised budget (type 2) of the same period replaces. */
function effectiveBudgets(budgets: readonly ReadPlannedMoney[]): ReadPlannedMoney[] {
  const revised = new Set(budgets.filter((budget) => budget.type === "2").map((budget) => `${budget.periodStart}|${budget.periodEnd}`));
  return budgets.filter((budget) => budget.type === "2" || !revised.has(`${budget.periodStart}|${budget.periodEnd}`));
}

function flowsOf(activity: ReadActivity, today: string, notes: ProblemList): Flow[] {
  const flows: Flow[] = [];
  const refCounts = new Map<string, number>();
  for (const transaction of activity.transactions) if (transaction.ref) refCounts.set(transaction.ref, (refCounts.get(transaction.ref) ?? 0) + 1);
  for (const transaction of activity.transactions) {
    const path = `transaction[${transaction.position}]`;
    if (transaction.type === null) {
      notes.add(path, "left_out", "no transaction type");
      continue;
    }
    if (isIncoming(transaction)) continue; // the money's source, read by fundingSourceOf
    const type = socleTypes[transaction.type];
    if (type === undefined) {
      notes.add(path, "unmapped_transaction_type", transaction.type);
      continue;
    }
    if (transaction.date === null || transaction.value === null || transaction.currency === null) {
      notes.add(path, "left_out", transaction.date === null ? "no date" : transaction.value === null ? "no value" : "no currency");
      continue;
    }
    if (new Decimal(transaction.value).isZero()) {
      notes.add(path, "left_out", "value 0");
      continue;
    }
    const future = transaction.date > today;
    if (future) notes.add(path, "future_transaction", transaction.date);
    // A ref several transactions share matches none of them: the import then matches by type, date and value.
    const ref = transaction.ref && refCounts.get(transaction.ref) === 1 ? transaction.ref : null;
    flows.push({
      position: transaction.position,
      ref,
      type,
      source: future ? "future_transaction" : "transaction",
      date: transaction.date,
      periodEnd: null,
      valueDate: transaction.valueDate ?? transaction.date,
      value: new Decimal(transaction.value),
      currency: transaction.currency,
      country: transaction.recipientCountry,
    });
  }
  const ahead = (rows: readonly ReadPlannedMoney[], source: "budget" | "planned_disbursement", element: string) =>
    rows.forEach((row, index) => {
      if (row.value === null || row.currency === null || new Decimal(row.value).lte(0)) {
        notes.add(`${element}[${index + 1}]`, "left_out", row.value === null ? "no value" : row.currency === null ? "no currency" : `value ${row.value}`);
        return;
      }
      flows.push({ position: null, ref: null, type: null, source, date: row.periodStart, periodEnd: row.periodEnd, valueDate: row.valueDate, value: new Decimal(row.value), currency: row.currency, country: null });
    });
  ahead(effectiveBudgets(activity.budgets), "budget", "budget");
  ahead(activity.plannedDisbursements, "planned_disbursement", "planned-disbursement");
  return flows;
}

/** The entry's currency: the one most of its money is in (transactions and budgets), the default currency on a tie. */
function entryCurrency(activity: ReadActivity, flows: readonly Flow[]): string | null {
  const counts = new Map<string, number>();
  for (const flow of flows) counts.set(flow.currency, (counts.get(flow.currency) ?? 0) + 1);
  let best: string | null = activity.defaultCurrency;
  for (const [currency, count] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
    if (count > bestCount) best = currency;
  }
  return best;
}

export function mapActivity(activity: ReadActivity, options: MapOptions): MappedEntry[] {
  if (activity.identifier === null) return [];
  const identifier = activity.identifier;
  const notes = new ProblemList();

  // Activity-level countries, a country named twice counted once with its percentages added.
  const merged = new Map<string, number | null>();
  for (const country of activity.recipientCountries) {
    const before = merged.get(country.code);
    merged.set(country.code, before === undefined ? country.percentage : before === null && country.percentage === null ? null : (before ?? 0) + (country.percentage ?? 0));
  }
  const { shares, equalSplit } = countryShares([...merged].map(([code, percentage]) => ({ code, percentage })));
  if (equalSplit) notes.add("recipient-country", "bad_percentage", "no percentages: split equally");
  const entryCountries = allRecipientCountries(activity).filter((code) => options.countryCodes.has(code));
  if (entryCountries.length === 0) return [];

  const flows = flowsOf(activity, options.today, notes);
  const currency = entryCurrency(activity, flows);
  const otherCurrencies = [...new Set(flows.map((flow) => flow.currency).filter((code) => code !== currency))];
  if (otherCurrencies.length > 0) notes.add("", "mixed_currencies", `${currency ?? "?"} and ${otherCurrencies.join(", ")}`);
  if (flows.some((flow) => flow.source === "transaction" && flow.value.lt(0))) {
    notes.add("transaction", "negative_value", "kept in the entry's amount, not recorded as transactions (Socle records positive amounts)");
  }
  const source = fundingSourceOf(activity.transactions, options, notes);
  const dates = datesOf(activity, notes);
  const status = statusOf(activity, dates, options.today, notes);
  const text = entryText(activity);
  const splits = new Map<Flow, Decimal[]>(flows.map((flow) => [flow, splitAmount(flow.value, shares)]));

  return entryCountries.map((countryCode): MappedEntry => {
    const shareIndex = shares.findIndex((share: CountryShare) => share.code === countryCode);
    const shareOf = (flow: Flow): Decimal | null => {
      if (flow.country !== null) return flow.country === countryCode ? flow.value : null;
      return shareIndex < 0 ? null : (splits.get(flow)?.[shareIndex] ?? null);
    };
    const transactions: MappedTransaction[] = [];
    const plannedMoney: MappedPlannedMoney[] = [];
    const totals = { committed: new Decimal(0), budgets: new Decimal(0), disbursed: new Decimal(0), spent: new Decimal(0) };
    for (const flow of flows) {
      const amount = shareOf(flow);
      if (amount === null) continue;
      if (flow.currency === currency) {
        if (flow.source === "budget") totals.budgets = totals.budgets.plus(amount);
        else if (flow.source === "transaction" && flow.type !== null && flow.type !== "pledged") totals[flow.type] = totals[flow.type].plus(amount);
      }
      if (amount.lte(0)) continue;
      if (flow.source === "transaction") {
        transactions.push({ iatiReference: flow.ref, position: flow.position!, type: flow.type!, occurredOn: flow.date!, valueDate: flow.valueDate!, amount: amountText(amount), currency: flow.currency });
      } else {
        plannedMoney.push({
          source: flow.source,
          transactionType: flow.type,
          periodStart: flow.date,
          periodEnd: flow.periodEnd,
          valueDate: flow.valueDate,
          amount: amountText(amount),
          currency: flow.currency,
        });
      }
    }
    // Socle's entry has one amount: what is committed counts as funded (FTS); without commitments, the budgets say
    // what is meant; without either, what moved.
    const basis = (["committed", "budgets", "disbursed", "spent"] as const).find((key) => totals[key].gt(0)) ?? null;
    const financial = basis !== null || transactions.length > 0 || plannedMoney.length > 0;
    return {
      iatiIdentifier: identifier,
      countryCode,
      sharePercent: shares.length === 0 ? "100" : (shares[shareIndex]?.percent.toDecimalPlaces(4).toFixed() ?? "0"),
      title: text.title,
      description: text.description,
      kind: financial ? "financial" : "technical",
      technicalCategory: financial ? null : (options.technicalCategory ?? "policy_legal_design"),
      status,
      ...dates,
      amount: financial ? amountText(basis === null ? new Decimal(0) : totals[basis]) : null,
      currency: financial ? currency : null,
      amountBasis: basis satisfies MappedAmountBasis | null,
      ...source,
      transactions,
      plannedMoney,
      notes: notes.list(),
    };
  });
}
