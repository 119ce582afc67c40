/** Technical and financial support that agencies give to a country's steps, and the needs it answers. */
import { relations, sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, char, check, date, index, integer, jsonb, numeric, pgEnum, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { editedRecord, personReference, withdrawal } from "./accounts";
import { agencies } from "./agencies";
import { createdAt, id, money } from "./common";
import { countries, countryReference } from "./geography";
import { countrySteps, countryStepReference, storedFiles } from "./progress";
import { multilingualDocument, tsvector } from "./text-search";
import { fundingSources, needKinds, priorities, supportKinds, supportStatuses, technicalCategories, transactionTypes } from "./values";

export { fundingSources, needKinds, priorities, supportKinds, supportStatuses, technicalCategories, transactionTypes };

export const fundingSourceEnum = pgEnum("funding_source", fundingSources);

export const supportKindEnum = pgEnum("support_kind", supportKinds);

export const technicalCategoryEnum = pgEnum("technical_category", technicalCategories);

export const supportStatusEnum = pgEnum("support_status", supportStatuses);

export const transactionTypeEnum = pgEnum("transaction_type", transactionTypes);

export const needKindEnum = pgEnum("need_kind", needKinds);

export const priorityEnum = pgEnum("priority", priorities);

export const supportEntries = pgTable(
  "support_entries",
  {
    id: id(),
    countryCode: countryReference().notNull(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    /** The key step it targets, when it targets one. */
    countryStepId: countryStepReference(),
    kind: supportKindEnum().notNull(),
    /** The agency's own reference (Socle gives one when left blank); matches the rows of a bulk import. */
    reference: text().notNull(),
    title: text().notNull(),
    description: text().notNull().default(""),
    technicalCategory: technicalCategoryEnum(),
    status: supportStatusEnum().notNull().default("planned"),
    startDate: date({ mode: "string" }),
    endDate: date({ mode: "string" }),
    deliverables: text().notNull().default(""),
    amount: money(),
    currency: char({ length: 3 }),
    /** Where the money comes from (issue 21): the agency's own resources, another member, a named donor. */
    fundingSource: fundingSourceEnum().notNull().default("own"),
    /** The member agency the money comes from, when it comes from one. */
    fundingAgencyId: uuid().references(() => agencies.id),
    /** The donor's name, when a named donor gives it. */
    fundingDonor: text(),
    /**
     * The giving member's entry this one passes on: its money is the giver's, counted once in totals (at the giver's).
     */
    passThroughOfEntryId: uuid().references((): AnyPgColumn => supportEntries.id),
    /** The activity's IATI identifier when it came from (or matches) the agency's IATI publication. */
    iatiIdentifier: text(),
    /** The entry's version right after its last IATI import: a higher version means it was edited in Socle since. */
    iatiImportedVersion: integer(),
    /**
     * Whether a live transaction is recorded on it: kept by the database in the same statement as the transactions'
     * writes (decision 2510), so the home finds the financial entries whose amount counts for nothing yet by an index
     * of those alone.
     */
    hasLiveTransaction: boolean().notNull().default(false),
    createdById: personReference().notNull(),
    ...editedRecord(),
    /** Why it was withdrawn; the entry stays, with its history, out of totals and lists. */
    withdrawalReason: text(),
    /** Search (issue 9): title, description and deliverables in every search configuration. */
    searchVector: tsvector().generatedAlwaysAs(
      multilingualDocument([
        { column: "title", weight: "A" },
        { column: "description", weight: "B" },
        { column: "deliverables", weight: "C" },
      ]),
    ),
  },
  (t) => [
    index("support_entries_search_index").using("gin", t.searchVector),
    index().on(t.countryCode, t.countryStepId),
    // A country's latest change (the home's quiet countries): read from the end of this index, not by every entry.
    index("support_entries_live_country_updated_index").on(t.countryCode, t.updatedAt).where(sql`${t.deletedAt} is null`),
    index().on(t.agencyId),
    // Withdrawn entries keep their reference, so an import cannot silently bring one back under a new id.
    uniqueIndex().on(t.agencyId, t.reference),
    // An activity naming several recipient countries becomes one entry per Socle country among them.
    uniqueIndex("support_entries_iati_identifier").on(t.agencyId, t.iatiIdentifier, t.countryCode),
    // Few live entries pass another's money on, and every lookup of an entry's receivers asks for live ones: an index
    // of those alone lets a country's entries ask "does anyone pass this one on?" by a probe each, where an index of
    // every entry (nulls included) made the planner scan them all.
    index("support_entries_live_pass_through_index")
      .on(t.passThroughOfEntryId)
      .where(sql`${t.passThroughOfEntryId} is not null and ${t.deletedAt} is null`),
    // Live financial entries without a live transaction, oldest first: the home's list and its count read these alone.
    index("support_entries_awaiting_transaction_index")
      .on(t.createdAt, t.id)
      .where(sql`${t.kind} = 'financial' and ${t.deletedAt} is null and not ${t.hasLiveTransaction}`),
    check(
      "support_funding_source",
      sql`(${t.fundingSource} = 'own' and ${t.fundingAgencyId} is null and ${t.fundingDonor} is null)
        or (${t.fundingSource} = 'member' and ${t.fundingAgencyId} is not null and ${t.fundingDonor} is null)
        or (${t.fundingSource} = 'donor' and ${t.fundingAgencyId} is null and ${t.fundingDonor} is not null)`,
    ),
    check("support_pass_through", sql`${t.passThroughOfEntryId} is null or (${t.fundingSource} = 'member' and ${t.passThroughOfEntryId} <> ${t.id})`),
    check("support_dates", sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`),
    check(
      "support_money",
      sql`(${t.kind} = 'financial' and ${t.amount} is not null and ${t.amount} >= 0 and ${t.currency} is not null)
        or (${t.kind} = 'technical' and ${t.technicalCategory} is not null)`,
    ),
  ],
);

/** The flow of a financial entry: dated pledges, commitments, disbursements and spending. */
export const supportTransactions = pgTable(
  "support_transactions",
  {
    id: id(),
    supportEntryId: uuid()
      .notNull()
      .references(() => supportEntries.id),
    type: transactionTypeEnum().notNull(),
    amount: money().notNull(),
    currency: char({ length: 3 }).notNull(),
    occurredOn: date({ mode: "string" }).notNull(),
    /** The date that fixes its conversion (IATI's value-date); the transaction's date unless stated. */
    valueDate: date({ mode: "string" }).notNull(),
    /** The transaction's reference in the agency's IATI file, which matches it on a re-import. */
    iatiReference: text(),
    /** Required when the transaction makes disbursed exceed committed, or spent exceed disbursed. */
    confirmationNote: text(),
    createdById: personReference().notNull(),
    ...withdrawal(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.supportEntryId), check("transaction_amount", sql`${t.amount} > 0`)],
);

/**
 * Each country's flows summed per currency, in total (no step) and per step the entries serve (those targeting it and
 * those answering one of its needs), counted as every total is (lib/funding/totals/counting.ts: a live member's
 * pass-through left out). Kept by database triggers on the transactions, entries, needs and their links, in the
 * writing statement's transaction (migration 0027, decision 2560); read by the cross-country summary, which so reads
 * its cells, not every transaction. No row: nothing counted there.
 */
export const flowSums = pgTable(
  "flow_sums",
  {
    countryCode: countryReference().notNull(),
    /** The step; null for the country's total, where each entry counts once. */
    countryStepId: uuid().references(() => countrySteps.id, { onDelete: "cascade" }),
    currency: char({ length: 3 }).notNull(),
    pledged: numeric().notNull(),
    committed: numeric().notNull(),
    disbursed: numeric().notNull(),
    spent: numeric().notNull(),
  },
  (t) => [unique().on(t.countryCode, t.countryStepId, t.currency).nullsNotDistinct()],
);

/**
 * Each country's live support entries per kind, kept by a database trigger on `support_entries` in the writing
 * statement's transaction (migration 0028, decision 2560): the cross-country summary counts its countries' entries
 * without reading them. No row: none of that kind.
 */
export const supportCounts = pgTable(
  "support_counts",
  {
    countryCode: countryReference().notNull(),
    kind: supportKindEnum().notNull(),
    entries: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.countryCode, t.kind] })],
);

/** What a working group says it needs for a step. */
export const supportNeeds = pgTable(
  "support_needs",
  {
    id: id(),
    countryCode: countryReference().notNull(),
    countryStepId: countryStepReference().notNull(),
    kind: needKindEnum().notNull(),
    technicalCategory: technicalCategoryEnum(),
    description: text().notNull(),
    estimateAmount: money(),
    estimateCurrency: char({ length: 3 }),
    priority: priorityEnum().notNull().default("medium"),
    createdById: personReference().notNull(),
    ...editedRecord(),
    /** The browser's key for this create: the same key from the same person is the same need (a retried or queued create). */
    idempotencyKey: uuid(),
  },
  (t) => [
    index().on(t.countryCode, t.countryStepId),
    uniqueIndex().on(t.createdById, t.idempotencyKey),
    check(
      "need_estimate",
      sql`(${t.kind} = 'funding' and ${t.estimateAmount} is not null and ${t.estimateAmount} >= 0 and ${t.estimateCurrency} is not null)
        or (${t.kind} = 'technical' and ${t.technicalCategory} is not null)`,
    ),
  ],
);

/** An adviser's answer to a need: a support entry linked to it. */
export const needSupportLinks = pgTable(
  "need_support_links",
  {
    needId: uuid()
      .notNull()
      .references(() => supportNeeds.id),
    supportEntryId: uuid()
      .notNull()
      .references(() => supportEntries.id),
    linkedById: personReference().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.needId, t.supportEntryId] }), index().on(t.supportEntryId)],
);

export const importFormats = ["csv", "xlsx"] as const;
export const importFormatEnum = pgEnum("import_format", importFormats);

/** What every uploaded import keeps: its file, the report of its last dry run, who uploaded it, and when it was applied. */
export const uploadedImport = () => ({
  id: id(),
  fileId: uuid()
    .notNull()
    .references(() => storedFiles.id),
  format: importFormatEnum().notNull(),
  rowCount: integer().notNull(),
  /** The last dry run's report (rows to add, update or skip, and errors by row and column). */
  report: jsonb().$type<Record<string, unknown>>().notNull(),
  createdById: personReference().notNull(),
  appliedAt: timestamp({ withTimezone: true }),
  createdAt: createdAt(),
});

/** An uploaded bulk import of support entries and transactions. */
export const supportImports = pgTable("support_imports", uploadedImport(), (t) => [index().on(t.createdById, t.createdAt)]);

export const supportEntriesRelations = relations(supportEntries, ({ one, many }) => ({
  agency: one(agencies, { fields: [supportEntries.agencyId], references: [agencies.id] }),
  country: one(countries, { fields: [supportEntries.countryCode], references: [countries.code] }),
  countryStep: one(countrySteps, { fields: [supportEntries.countryStepId], references: [countrySteps.id] }),
  transactions: many(supportTransactions),
  needLinks: many(needSupportLinks),
}));

export const supportTransactionsRelations = relations(supportTransactions, ({ one }) => ({
  entry: one(supportEntries, { fields: [supportTransactions.supportEntryId], references: [supportEntries.id] }),
}));

export const supportNeedsRelations = relations(supportNeeds, ({ one, many }) => ({
  countryStep: one(countrySteps, { fields: [supportNeeds.countryStepId], references: [countrySteps.id] }),
  links: many(needSupportLinks),
}));

export const needSupportLinksRelations = relations(needSupportLinks, ({ one }) => ({
  need: one(supportNeeds, { fields: [needSupportLinks.needId], references: [supportNeeds.id] }),
  entry: one(supportEntries, { fields: [needSupportLinks.supportEntryId], references: [supportEntries.id] }),
}));
