/**
 * Support entries as the exports read them: the support list's filters (the same URL), every live entry with its
 * agency, country, step key and live transactions, a page at a time. Pages go agency by agency (by acronym) and
 * by reference within an agency, a keyset the unique index (agency, reference) serves, so the thousandth page
 * costs what the first does.
 */
import { and, asc, count, countDistinct, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, countries, countrySteps, frameworkSteps, type LocalizedText, supportEntries, supportTransactions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { supportFilters } from "@/lib/support/list-support";
import { type SupportListQuery, supportListQuery } from "@/lib/validation/support";
import { exportBatchSize } from "./tabular";

export type ExportedAgency = { id: string; acronym: string; name: LocalizedText; iatiRef: string | null; iatiOrgType: string | null };

export type ExportedEntry = {
  entry: typeof supportEntries.$inferSelect;
  agency: ExportedAgency;
  countryName: LocalizedText;
  /** The framework step's key, or the country step's id for a national step, or null without a step. */
  step: string | null;
  transactions: (typeof supportTransactions.$inferSelect)[];
};

/**
 * Reads the list's URL and checks that the actor may export what it names: an adviser exports their own
 * agency's support (the filter must name it), a working group its own country's.
 */
export async function authorizeSupportExport(db: Queryable, actor: Actor, input: Record<string, unknown>): Promise<SupportListQuery> {
  assertCan(actor, "support.read");
  const query = supportListQuery.parse(input);
  const [agency] = query.agency ? await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.acronym, query.agency)) : [];
  assertCan(actor, "report.export", { countryCode: query.country ?? null, agencyId: agency?.id ?? null });
  return query;
}

/** How many rows the exchange shape will have: one per entry and one per transaction. */
export async function countSupportRows(db: Queryable, query: SupportListQuery): Promise<number> {
  const [row] = await db
    .select({ entries: countDistinct(supportEntries.id), transactions: count(supportTransactions.id) })
    .from(supportEntries)
    .innerJoin(agencies, eq(agencies.id, supportEntries.agencyId))
    .leftJoin(countrySteps, eq(countrySteps.id, supportEntries.countryStepId))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .leftJoin(supportTransactions, and(eq(supportTransactions.supportEntryId, supportEntries.id), isNull(supportTransactions.deletedAt)))
    .where(and(isNull(supportEntries.deletedAt), supportFilters(query)));
  return (row?.entries ?? 0) + (row?.transactions ?? 0);
}

/** Pages of entries, agency by agency; `includeAgency` leaves out whole agencies before their entries are read. */
export async function* supportEntryPages(
  db: Queryable,
  query: SupportListQuery,
  batchSize = exportBatchSize,
  includeAgency: (agency: ExportedAgency) => boolean = () => true,
): AsyncGenerator<ExportedEntry[]> {
  const agencyRows: ExportedAgency[] = await db
    .select({ id: agencies.id, acronym: agencies.acronym, name: agencies.name, iatiRef: agencies.iatiRef, iatiOrgType: agencies.iatiOrgType })
    .from(agencies)
    .where(query.agency ? eq(agencies.acronym, query.agency) : undefined)
    .orderBy(asc(agencies.acronym));
  for (const agency of agencyRows.filter(includeAgency)) {
    let after: string | null = null;
    for (;;) {
      const rows = await db
        .select({ entry: supportEntries, countryName: countries.name, stepKey: frameworkSteps.key })
        .from(supportEntries)
        .innerJoin(agencies, eq(agencies.id, supportEntries.agencyId))
        .innerJoin(countries, eq(countries.code, supportEntries.countryCode))
        .leftJoin(countrySteps, eq(countrySteps.id, supportEntries.countryStepId))
        .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
        .where(
          and(
            eq(supportEntries.agencyId, agency.id),
            isNull(supportEntries.deletedAt),
            after === null ? undefined : gt(supportEntries.reference, after),
            supportFilters(query),
          ),
        )
        .orderBy(asc(supportEntries.reference))
        .limit(batchSize);
      if (rows.length === 0) break;
      const transactions = await db
        .select()
        .from(supportTransactions)
        .where(and(inArray(supportTransactions.supportEntryId, rows.map(({ entry }) => entry.id)), isNull(supportTransactions.deletedAt)))
        .orderBy(asc(supportTransactions.occurredOn), asc(supportTransactions.createdAt), asc(supportTransactions.id));
      const byEntry = new Map<string, (typeof transactions)[number][]>();
      for (const transaction of transactions) byEntry.set(transaction.supportEntryId, [...(byEntry.get(transaction.supportEntryId) ?? []), transaction]);
      yield rows.map(({ entry, countryName, stepKey }) => ({
        entry,
        agency,
        countryName,
        // A national step has no framework key: its id names it, as the import expects.
        step: entry.countryStepId ? (stepKey ?? entry.countryStepId) : null,
        transactions: byEntry.get(entry.id) ?? [],
      }));
      if (rows.length < batchSize) break;
      after = rows.at(-1)!.entry.reference;
    }
  }
}
