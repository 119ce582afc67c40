/** Review of progress (comments and decisions on milestones and steps), notifications, and the countries people follow. */
import { boolean, index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { ownerReference, personReference } from "./accounts";
import { createdAt, id } from "./common";
import { countryReference } from "./geography";
import { countryStepReference } from "./progress";
import { notificationDeliveries, notificationKinds, reviewEntryKinds, reviewSubjects } from "./values";

export { notificationDeliveries, notificationKinds, reviewEntryKinds, reviewSubjects };

export const reviewEntryKindEnum = pgEnum("review_entry_kind", reviewEntryKinds);
export const reviewSubjectEnum = pgEnum("review_subject", reviewSubjects);
export const notificationKindEnum = pgEnum("notification_kind", notificationKinds);
export const notificationDeliveryEnum = pgEnum("notification_delivery", notificationDeliveries);

/** One comment or decision on a milestone, a country step or an item of an assessment matrix; the thread of an item is its entries in order. */
export const reviewEntries = pgTable(
  "review_entries",
  {
    id: id(),
    subjectType: reviewSubjectEnum().notNull(),
    /** The milestone's, the country step's or the assessment item's id. */
    subjectId: uuid().notNull(),
    countryCode: countryReference().notNull(),
    /** The step the subject belongs to (the step itself, or the milestone's step); null for an assessment item. */
    countryStepId: countryStepReference(),
    kind: reviewEntryKindEnum().notNull(),
    /** The comment, or the reason changes are requested; may be empty for a validation. */
    body: text().notNull().default(""),
    authorId: personReference().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.subjectType, t.subjectId, t.createdAt), index().on(t.countryCode, t.createdAt)],
);

/** A notice for one person, written in the transaction of the change that causes it. */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: ownerReference(),
    kind: notificationKindEnum().notNull(),
    /** How the recipient chose to get this kind when it was written: a notice now, or in the day's digest. */
    delivery: notificationDeliveryEnum().notNull(),
    countryCode: countryReference(),
    actorId: personReference(),
    /** The page the notice opens, inside Socle. */
    link: text().notNull(),
    /** Values for the notice's sentence (titles, a reason…); the sentence itself comes from the catalogue. */
    params: jsonb().$type<Record<string, string>>().notNull(),
    readAt: timestamp({ withTimezone: true }),
    /** When an immediate notice was mailed (only with SMTP_URL); claimed before sending so it goes out once. */
    mailedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.userId, t.createdAt)],
);

/** A person's choice for one kind of notification; no row means "immediate". */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: ownerReference(),
    kind: notificationKindEnum().notNull(),
    delivery: notificationDeliveryEnum().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/**
 * A person's departure from their default followed countries (their own countries, their agency's, or all):
 * following true adds a country, false leaves one out.
 */
export const countryFollows = pgTable(
  "country_follows",
  {
    userId: ownerReference(),
    countryCode: countryReference().notNull(),
    following: boolean().notNull(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.countryCode] })],
);
