/**
 * The one builder of exchange rows: a support entry and its transactions as rows of the exchange shape
 * (exchange-format.ts). The support export writes them; the import's round trip reads them back.
 */
import type { Queryable } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { type ExportedEntry, supportEntryPages } from "@/lib/reports/support-pages";
import { supportListQuery } from "@/lib/validation/support";
import { blankRow, type ExchangeColumn, type ExchangeRow } from "./exchange-format";
import { entryFormValues, type SupportEntryFormValues } from "./entries";
import { normalizeAmount } from "./money";

/** The exchange columns of an entry row, each with the field of the entry's form values it holds. */
const entryColumnFields = {
  kind: "kind",
  title: "title",
  description: "description",
  technical_category: "technicalCategory",
  status: "status",
  start_date: "startDate",
  end_date: "endDate",
  deliverables: "deliverables",
  amount: "amount",
  currency: "currency",
} as const satisfies Partial<Record<ExchangeColumn, keyof SupportEntryFormValues>>;

/** An entry's row followed by one row per transaction; blanks for what is not set, amounts in their canonical form. */
export function exchangeRowsOf({ entry, agency, step, transactions, funding }: ExportedEntry): ExchangeRow[] {
  const shared = { ...blankRow(), reference: entry.reference, agency: agency.acronym, country: entry.countryCode };
  // The entry's columns hold what its edit form holds: the same blanks and the same canonical amount.
  const form = entryFormValues(entry);
  const columns = Object.entries(entryColumnFields).map(([column, field]) => [column, form[field]]);
  return [
    {
      ...shared,
      ...Object.fromEntries(columns),
      record: "entry",
      step: step ?? "",
      funding_source: entry.fundingSource,
      funding_agency: funding.agencyAcronym ?? "",
      funding_donor: entry.fundingDonor ?? "",
      passes_on: funding.passesOnReference ?? "",
    },
    ...transactions.map((transaction) => ({
      ...shared,
      record: "transaction",
      currency: transaction.currency,
      transaction_type: transaction.type,
      transaction_date: transaction.occurredOn,
      transaction_amount: normalizeAmount(transaction.amount),
      confirmation_note: transaction.confirmationNote ?? "",
      value_date: transaction.valueDate,
    })),
  ];
}

/** Every live entry of a country (or all) in the exchange shape, agency by agency and by reference. */
export async function readExchangeRows(db: Queryable, actor: Actor, filter: { countryCode?: string } = {}): Promise<ExchangeRow[]> {
  assertCan(actor, "support.read", { countryCode: filter.countryCode });
  const rows: ExchangeRow[] = [];
  for await (const page of supportEntryPages(db, supportListQuery.parse({ country: filter.countryCode }))) rows.push(...page.flatMap(exchangeRowsOf));
  return rows;
}
