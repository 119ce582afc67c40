/**
 * Funding in one reporting currency and agencies' own IATI files (issue 21): the installation's settings
 * (reporting currency, how old a rate may be), exchange rates with their source, and uploaded IATI activity files
 * with their dry run. Amounts keep their original currency; a converted figure is derived at read time from the
 * rate for its value date, never stored in place of the original.
 */
import { sql } from "drizzle-orm";
import { boolean, char, check, date, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { editedRecord, personReference } from "./accounts";
import { agencies } from "./agencies";
import { createdAt, id, updatedAt, version } from "./common";
import { storedFiles } from "./progress";
import { uploadedImport } from "./support";
import { exchangeRatePeriods, iatiImportStates } from "./values";

export { exchangeRatePeriods, iatiImportStates };

export const exchangeRatePeriodEnum = pgEnum("exchange_rate_period", exchangeRatePeriods);
export const iatiImportStateEnum = pgEnum("iati_import_state", iatiImportStates);

/** The installation's settings: one row (id true), edited by coordinators with a version like any record. */
export const installationSettings = pgTable(
  "installation_settings",
  {
    id: boolean().primaryKey().default(true),
    /** ISO 4217 code every amount is also shown in (USD by default). */
    reportingCurrency: char({ length: 3 }).notNull().default("USD"),
    /** How many days after its period ends a rate may still convert an amount. */
    rateMaxAgeDays: integer().notNull().default(366),
    /** Whether coordinators must sign in with a second factor (issue 22). */
    requireSecondFactorForCoordinators: boolean().notNull().default(false),
    version: version(),
    updatedById: personReference(),
    updatedAt: updatedAt(),
  },
  (t) => [check("installation_settings_one_row", sql`${t.id}`), check("installation_settings_rate_age", sql`${t.rateMaxAgeDays} between 0 and 3660`)],
);

/**
 * An exchange rate: how many units of `currency` one unit of `baseCurrency` bought over a period (a day, a month's
 * or a year's average), as the IMF states its rates to USD. An amount converts with the latest rate whose period
 * starts on or before its value date, while that date is within the maximum age after the period's end.
 */
export const exchangeRates = pgTable(
  "exchange_rates",
  {
    id: id(),
    currency: char({ length: 3 }).notNull(),
    baseCurrency: char({ length: 3 }).notNull(),
    period: exchangeRatePeriodEnum().notNull(),
    /** The first day of the period (the day itself for a daily rate). */
    periodStart: date({ mode: "string" }).notNull(),
    /** Units of `currency` per one unit of `baseCurrency`; exact. */
    rate: numeric({ precision: 30, scale: 10 }).notNull(),
    /** Where the figure comes from, shown beside every amount it converts ("International Monetary Fund, IFS"). */
    source: text().notNull(),
    /** The import that brought it, when it came from a file. */
    importId: uuid().references(() => exchangeRateImports.id),
    createdById: personReference().notNull(),
    ...editedRecord(),
  },
  (t) => [
    // One live figure per currency, base, period and start; a withdrawn one may be entered again.
    uniqueIndex("exchange_rates_live_key").on(t.currency, t.baseCurrency, t.period, t.periodStart).where(sql`${t.deletedAt} is null`),
    index("exchange_rates_lookup").on(t.baseCurrency, t.currency, t.periodStart),
    check("exchange_rate_positive", sql`${t.rate} > 0`),
    check("exchange_rate_currencies", sql`${t.currency} <> ${t.baseCurrency}`),
  ],
);

/** An uploaded table of exchange rates (CSV or XLSX) with its last dry run. */
export const exchangeRateImports = pgTable("exchange_rate_imports", uploadedImport(), (t) => [index().on(t.createdById, t.createdAt)]);

/**
 * An uploaded IATI activity file, read as a stream (the dry run) into a report of what each activity would do;
 * applied at once, all or nothing. Progress is kept here so that any instance can show it.
 */
export const iatiImports = pgTable(
  "iati_imports",
  {
    id: id(),
    fileId: uuid()
      .notNull()
      .references(() => storedFiles.id),
    /** The agency whose activities are kept: the uploading adviser's. */
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    state: iatiImportStateEnum().notNull().default("reading"),
    /** The file's version as its root states it (2.01, 2.02, 2.03), or null when it states none. */
    declaredVersion: text(),
    byteSize: integer().notNull(),
    bytesRead: integer().notNull().default(0),
    activityCount: integer().notNull().default(0),
    /** Sector codes the adviser chose in place of social protection's (DAC 16010 and its sub-codes, SDG 1.3). */
    sectorCodes: jsonb().$type<string[]>(),
    /** The dry run: each activity's answer (new, update, unchanged, conflict, skipped with why) and what it read. */
    report: jsonb().$type<Record<string, unknown>>(),
    /** Why the file as a whole could not be read (malformed XML, wrong root, entities), in the reader's words. */
    failure: text(),
    createdById: personReference().notNull(),
    appliedAt: timestamp({ withTimezone: true }),
    appliedById: personReference(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.agencyId, t.createdAt), check("iati_import_progress", sql`${t.bytesRead} between 0 and ${t.byteSize}`)],
);

export type InstallationSettings = typeof installationSettings.$inferSelect;
export type ExchangeRate = typeof exchangeRates.$inferSelect;
export type IatiImport = typeof iatiImports.$inferSelect;
