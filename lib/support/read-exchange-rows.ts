/**
 * The one builder of exchange rows: a support entry and its transactions as rows of the exchange shape
 * (exchange-format.ts). The support export writes them; the import's round trip reads them back.
 */
import type { Queryable } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { type ExportedEntry, supportEntryPages } from "@/lib/reports/support-pages";
import { supportListQuery } from "@/lib/validation/support";
import { blankRow, type ExchangeRow } from "./exchange-format";
import { normalizeAmount } from "./money";

/** An entry's row followed by one row per transaction; blanks for what is not set, amounts in their canonical form. */
export function exchangeRowsOf({ entry, agency, step, transactions }: ExportedEntry): ExchangeRow[] {
  const shared = { ...blankRow(), reference: entry.reference, agency: agency.acronym, country: entry.countryCode };
  return [
    {
      ...shared,
      record: "entry",
      step: step ?? "",
      kind: entry.kind,
      title: entry.title,
      description: entry.description,
      technical_category: entry.technicalCategory ?? "",
      status: entry.status,
      start_date: entry.startDate ?? "",
      end_date: entry.endDate ?? "",
      deliverables: entry.deliverables,
      amount: entry.amount === null ? "" : normalizeAmount(entry.amount),
      currency: entry.currency ?? "",
    },
    ...transactions.map((transaction) => ({
      ...shared,
      record: "transaction",
      currency: transaction.currency,
      transaction_type: transaction.type,
      transaction_date: transaction.occurredOn,
      transaction_amount: normalizeAmount(transaction.amount),
      confirmation_note: transaction.confirmationNote ?? "",
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
