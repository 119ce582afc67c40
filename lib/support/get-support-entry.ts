/** One support entry with its flow, its transactions, the needs it answers and its history; withdrawn entries too. */
import { aliasedTable, and, asc, desc, eq, inArray, isNull, notInArray } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import {
  agencies,
  auditLog,
  countries,
  needSupportLinks,
  supportEntries,
  supportNeeds,
  supportTransactions,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import * as z from "zod/mini";
import { convert, loadRateTable } from "@/lib/funding/conversion";
import { getFundingSettings } from "@/lib/funding/settings";
import { emptyLedger, ledgersOf } from "./ledger";
import { selectNeedSummaries } from "./need-summaries";
import { stepsOfCountry } from "./steps";

const giverEntry = aliasedTable(supportEntries, "giver");
const giverAgency = aliasedTable(agencies, "giver_agency");

/** Where the entry's money comes from, and who passes it on: the giver's live entry, the receivers' live entries. */
async function fundingOf(db: Queryable, entry: typeof supportEntries.$inferSelect) {
  const [fundingAgency, giver, receivers] = await Promise.all([
    entry.fundingAgencyId
      ? db.select({ id: agencies.id, acronym: agencies.acronym, shortName: agencies.shortName }).from(agencies).where(eq(agencies.id, entry.fundingAgencyId))
      : [],
    entry.passThroughOfEntryId
      ? db
          .select({ id: giverEntry.id, title: giverEntry.title, agencyAcronym: giverAgency.acronym, withdrawn: giverEntry.deletedAt })
          .from(giverEntry)
          .innerJoin(giverAgency, eq(giverAgency.id, giverEntry.agencyId))
          .where(eq(giverEntry.id, entry.passThroughOfEntryId))
      : [],
    db
      .select({ id: supportEntries.id, title: supportEntries.title, agencyAcronym: agencies.acronym })
      .from(supportEntries)
      .innerJoin(agencies, eq(agencies.id, supportEntries.agencyId))
      .where(and(eq(supportEntries.passThroughOfEntryId, entry.id), isNull(supportEntries.deletedAt)))
      .orderBy(asc(agencies.acronym), asc(supportEntries.title)),
  ]);
  const passedOnFrom = giver[0] ? { id: giver[0].id, title: giver[0].title, agencyAcronym: giver[0].agencyAcronym, counted: giver[0].withdrawn === null } : null;
  return { fundingAgency: fundingAgency[0] ?? null, passedOnFrom, passedOnBy: receivers };
}

export async function getSupportEntry(db: Queryable, actor: Actor, id: unknown) {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) throw notFound();
  const [row] = await db
    .select({
      entry: supportEntries,
      countryName: countries.name,
      agencyAcronym: agencies.acronym,
      agencyShortName: agencies.shortName,
      agencyName: agencies.name,
      withdrawnByName: users.name,
    })
    .from(supportEntries)
    .innerJoin(countries, eq(countries.code, supportEntries.countryCode))
    .innerJoin(agencies, eq(agencies.id, supportEntries.agencyId))
    .leftJoin(users, eq(users.id, supportEntries.deletedById))
    .where(eq(supportEntries.id, parsed.data));
  if (!row) throw notFound();
  const { entry } = row;
  assertCan(actor, "support.read", { countryCode: entry.countryCode, agencyId: entry.agencyId });

  const [steps, ledgers, transactions, answeredNeedIds, history, funding, settings] = await Promise.all([
    stepsOfCountry(db, entry.countryCode),
    ledgersOf(db, [entry.id]),
    db
      .select({
        id: supportTransactions.id,
        type: supportTransactions.type,
        amount: supportTransactions.amount,
        currency: supportTransactions.currency,
        occurredOn: supportTransactions.occurredOn,
        valueDate: supportTransactions.valueDate,
        confirmationNote: supportTransactions.confirmationNote,
        recordedBy: users.name,
      })
      .from(supportTransactions)
      .innerJoin(users, eq(users.id, supportTransactions.createdById))
      .where(and(eq(supportTransactions.supportEntryId, entry.id), isNull(supportTransactions.deletedAt)))
      .orderBy(asc(supportTransactions.occurredOn), asc(supportTransactions.createdAt)),
    db.select({ needId: needSupportLinks.needId }).from(needSupportLinks).where(eq(needSupportLinks.supportEntryId, entry.id)),
    db
      .select({ at: auditLog.at, action: auditLog.action, before: auditLog.before, after: auditLog.after, actorName: users.name })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.entityType, "support_entry"), eq(auditLog.entityId, entry.id)))
      .orderBy(desc(auditLog.at), desc(auditLog.id)),
    fundingOf(db, entry),
    getFundingSettings(db),
  ]);
  // Each transaction in the reporting currency too, at the rate for its value date (one query for the rates).
  const rates = await loadRateTable(db, settings, entry.currency ? [entry.currency] : []);
  const answered = answeredNeedIds.map((link) => link.needId);
  const [answers, otherNeeds] = await Promise.all([
    answered.length ? selectNeedSummaries(db, inArray(supportNeeds.id, answered)) : [],
    // The country's needs this entry does not answer yet: what an adviser may link it to.
    selectNeedSummaries(
      db,
      answered.length
        ? and(eq(supportNeeds.countryCode, entry.countryCode), notInArray(supportNeeds.id, answered))!
        : eq(supportNeeds.countryCode, entry.countryCode),
    ),
  ]);

  return {
    entry,
    country: { code: entry.countryCode, name: row.countryName },
    agency: { id: entry.agencyId, acronym: row.agencyAcronym, shortName: row.agencyShortName, name: row.agencyName },
    step: steps.find((step) => step.id === entry.countryStepId) ?? null,
    steps,
    ledger: ledgers.get(entry.id) ?? emptyLedger(entry.id),
    transactions: transactions.map((transaction) => ({ ...transaction, converted: convert(rates, transaction) })),
    reportingCurrency: settings.reportingCurrency,
    ...funding,
    answers,
    otherNeeds,
    withdrawnByName: row.withdrawnByName,
    history,
  };
}
export type SupportEntryDetails = Awaited<ReturnType<typeof getSupportEntry>>;
