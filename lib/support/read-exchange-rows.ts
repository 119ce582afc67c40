/** Support entries and their transactions as rows of the exchange shape: what the export writes and the import reads back. */
import { and, asc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, countrySteps, frameworkSteps, supportEntries, supportTransactions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { blankRow, type ExchangeRow } from "./exchange-format";
import { normalizeAmount } from "./money";

export async function readExchangeRows(
  db: Queryable,
  actor: Actor,
  filter: { countryCode?: string; agencyId?: string } = {},
): Promise<ExchangeRow[]> {
  assertCan(actor, "support.read", { countryCode: filter.countryCode, agencyId: filter.agencyId });
  const conditions: (SQL | undefined)[] = [
    isNull(supportEntries.deletedAt),
    filter.countryCode ? eq(supportEntries.countryCode, filter.countryCode) : undefined,
    filter.agencyId ? eq(supportEntries.agencyId, filter.agencyId) : undefined,
  ];
  const entries = await db
    .select({ entry: supportEntries, agency: agencies.acronym, stepKey: frameworkSteps.key })
    .from(supportEntries)
    .innerJoin(agencies, eq(agencies.id, supportEntries.agencyId))
    .leftJoin(countrySteps, eq(countrySteps.id, supportEntries.countryStepId))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(and(...conditions))
    .orderBy(asc(agencies.acronym), asc(supportEntries.countryCode), asc(supportEntries.reference));
  if (entries.length === 0) return [];
  const transactions = await db
    .select()
    .from(supportTransactions)
    .where(and(inArray(supportTransactions.supportEntryId, entries.map(({ entry }) => entry.id)), isNull(supportTransactions.deletedAt)))
    .orderBy(asc(supportTransactions.occurredOn), asc(supportTransactions.createdAt));

  return entries.flatMap(({ entry, agency, stepKey }) => [
    {
      ...blankRow(),
      record: "entry",
      reference: entry.reference,
      agency,
      country: entry.countryCode,
      // A national step has no framework key: its id names it.
      step: entry.countryStepId ? (stepKey ?? entry.countryStepId) : "",
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
    ...transactions
      .filter((transaction) => transaction.supportEntryId === entry.id)
      .map((transaction) => ({
        ...blankRow(),
        record: "transaction",
        reference: entry.reference,
        agency,
        country: entry.countryCode,
        currency: transaction.currency,
        transaction_type: transaction.type,
        transaction_date: transaction.occurredOn,
        transaction_amount: normalizeAmount(transaction.amount),
        confirmation_note: transaction.confirmationNote ?? "",
      })),
  ]);
}
