/**
 * Reporting rounds (issue 20, decision 2010): a coordinator opens a round (a period, a due date, the countries);
 * each country's working group writes its report, drafted from the period's data with a narrative, submits it; a
 * reviewer returns it with a reason or accepts it. An accepted report locks the period's records of its country
 * until a coordinator reopens it with a reason. Reminders go out once per round, country and kind.
 */
import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { editedRecord, localeEnum, personReference } from "./accounts";
import { createdAt, id, updatedAt, version } from "./common";
import { countryReference } from "./geography";
import { countryReportStatuses, reportReminderKinds } from "./values";

export { countryReportStatuses, reportReminderKinds };

export const countryReportStatusEnum = pgEnum("country_report_status", countryReportStatuses);
export const reportReminderKindEnum = pgEnum("report_reminder_kind", reportReminderKinds);

/** A reporting round: the period reported on, the due date, and how many days before it the reminder goes out. */
export const reportingRounds = pgTable(
  "reporting_rounds",
  {
    id: id(),
    name: text().notNull(),
    periodStart: date({ mode: "string" }).notNull(),
    periodEnd: date({ mode: "string" }).notNull(),
    dueOn: date({ mode: "string" }).notNull(),
    reminderDaysBefore: integer().notNull().default(7),
    openedById: personReference().notNull(),
    ...editedRecord(),
    withdrawalReason: text(),
  },
  (t) => [
    check("reporting_round_period", sql`${t.periodEnd} >= ${t.periodStart}`),
    check("reporting_round_reminder", sql`${t.reminderDaysBefore} between 0 and 90`),
    index().on(t.dueOn),
  ],
);

/** The countries a round asks to report. */
export const reportingRoundCountries = pgTable(
  "reporting_round_countries",
  {
    roundId: uuid()
      .notNull()
      .references(() => reportingRounds.id),
    countryCode: countryReference().notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.countryCode] }), index().on(t.countryCode)],
);

/** What a submitted report drew from the period's data, frozen at submission so that what was accepted stays as read. */
export type CountryReportSnapshot = Record<string, unknown>;

/**
 * A country's report for a round: the narrative in its language, and the workflow draft → submitted → returned
 * (with a reason) or accepted; an accepted report reopened by a coordinator (with a reason) is `reopened` until
 * submitted again. One per round and country, made when the working group first opens or saves it.
 */
export const countryReports = pgTable(
  "country_reports",
  {
    id: id(),
    roundId: uuid()
      .notNull()
      .references(() => reportingRounds.id),
    countryCode: countryReference().notNull(),
    status: countryReportStatusEnum().notNull().default("draft"),
    locale: localeEnum().notNull(),
    achievements: text().notNull().default(""),
    difficulties: text().notNull().default(""),
    nextSteps: text().notNull().default(""),
    snapshot: jsonb().$type<CountryReportSnapshot>(),
    submittedAt: timestamp({ withTimezone: true }),
    submittedById: personReference(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedById: personReference(),
    returnReason: text(),
    reopenedAt: timestamp({ withTimezone: true }),
    reopenedById: personReference(),
    reopenReason: text(),
    createdById: personReference().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex().on(t.roundId, t.countryCode), index().on(t.countryCode, t.status)],
);

/** A reminder sent: the unique key is what makes it go out exactly once, whichever instance's scheduler claims it. */
export const reportReminders = pgTable(
  "report_reminders",
  {
    roundId: uuid()
      .notNull()
      .references(() => reportingRounds.id),
    countryCode: countryReference().notNull(),
    kind: reportReminderKindEnum().notNull(),
    /** How many people of the country's working group it went to. */
    recipients: integer().notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.countryCode, t.kind] })],
);
