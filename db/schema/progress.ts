/** Where each country's process stands: its steps, their checklists, milestones and evidence. */
import { relations, sql } from "drizzle-orm";
import {
  boolean,
  char,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { editedRecord, personReference, users } from "./accounts";
import { bytea, createdAt, deletedAt, id, updatedAt, version } from "./common";
import { titleAndDescriptionVector } from "./text-search";
import { frameworkSteps, frameworkSubActivities } from "./framework";
import { countries, countryReference } from "./geography";
import { evidenceKinds, reviewStates, sharingLevels, stepStatuses } from "./values";

export { evidenceKinds, reviewStates, sharingLevels, stepStatuses };

export const stepStatusEnum = pgEnum("step_status", stepStatuses);

export const reviewStateEnum = pgEnum("review_state", reviewStates);

/** Who may see an item: the country's own group and coordinators, or everyone signed in. */
export const sharingLevelEnum = pgEnum("sharing_level", sharingLevels);

/** One row per step of a country's process: a framework step, or a national step the country added. */
export const countrySteps = pgTable(
  "country_steps",
  {
    id: id(),
    countryCode: countryReference().notNull(),
    /** Null for a national step added by the country. */
    frameworkStepId: uuid().references(() => frameworkSteps.id),
    nationalTitle: text(),
    nationalDescription: text(),
    position: integer().notNull(),
    status: stepStatusEnum().notNull().default("not_started"),
    /** Why the step is not applicable, or why it was reopened. */
    statusReason: text(),
    statusChangedAt: timestamp({ withTimezone: true }),
    statusChangedById: personReference(),
    signedOffAt: timestamp({ withTimezone: true }),
    signedOffById: personReference(),
    signOffNote: text(),
    reviewState: reviewStateEnum(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.countryCode, t.frameworkStepId), index().on(t.countryCode, t.position)],
);

/** A column naming one of a country's steps. */
export const countryStepReference = () => uuid().references(() => countrySteps.id);

/** A ticked sub-activity of a country's step; no row means not done. */
export const countrySubActivities = pgTable(
  "country_sub_activities",
  {
    countryStepId: countryStepReference().notNull(),
    subActivityId: uuid()
      .notNull()
      .references(() => frameworkSubActivities.id),
    done: boolean().notNull().default(false),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    changedById: personReference(),
  },
  (t) => [primaryKey({ columns: [t.countryStepId, t.subActivityId] })],
);

export const milestones = pgTable(
  "milestones",
  {
    id: id(),
    countryCode: countryReference().notNull(),
    countryStepId: countryStepReference().notNull(),
    title: text().notNull(),
    occurredOn: date({ mode: "string" }).notNull(),
    description: text().notNull().default(""),
    authorId: personReference().notNull(),
    sharingLevel: sharingLevelEnum().notNull().default("country"),
    reviewState: reviewStateEnum(),
    ...editedRecord(),
    /** The browser's key for this create: the same key from the same author is the same milestone (a retried or queued create). */
    idempotencyKey: uuid(),
    /** Search (issue 9): title and description in every search configuration; see db/schema/text-search.ts. */
    searchVector: titleAndDescriptionVector(),
  },
  // The keyset index serves the lists' and exports' order (latest first), so a page costs its own rows.
  (t) => [
    index().on(t.countryStepId, t.occurredOn),
    index().on(t.countryCode, t.occurredOn),
    // A country's latest change (the home's quiet countries): read from the end of this index, not by every milestone.
    index("milestones_live_country_updated_index").on(t.countryCode, t.updatedAt).where(sql`${t.deletedAt} is null`),
    index().on(t.occurredOn, t.createdAt, t.id),
    index("milestones_search_index").using("gin", t.searchVector),
    uniqueIndex().on(t.authorId, t.idempotencyKey),
  ],
);

/** Uploaded file contents, kept in the database so every server instance serves the same bytes. */
export const storedFiles = pgTable("stored_files", {
  id: id(),
  sha256: char({ length: 64 }).notNull(),
  /** Detected from the content, never taken from the name or the browser. */
  contentType: text().notNull(),
  byteSize: integer().notNull(),
  originalName: text().notNull(),
  content: bytea().notNull(),
  uploadedById: personReference().notNull(),
  createdAt: createdAt(),
});

export const evidenceKindEnum = pgEnum("evidence_kind", evidenceKinds);

export const evidence = pgTable(
  "evidence",
  {
    id: id(),
    milestoneId: uuid()
      .notNull()
      .references(() => milestones.id),
    countryCode: countryReference().notNull(),
    kind: evidenceKindEnum().notNull(),
    title: text().notNull(),
    url: text(),
    fileId: uuid().references(() => storedFiles.id),
    sharingLevel: sharingLevelEnum().notNull().default("country"),
    addedById: personReference().notNull(),
    deletedAt: deletedAt(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.milestoneId)],
);

/**
 * Each country step's figures, kept current by database triggers in the same transaction as every write to
 * milestones, evidence and support entries (decision 2420): one row per sharing level, so a reader's figure is the
 * sum over the levels they may read (lib/sharing/visibility.ts, `stepFiguresVisibleTo`). Only today's view reads
 * them; "as of" a past day rebuilds its cells from the history. No row means nothing has been written to the step.
 */
export const stepFigures = pgTable(
  "step_figures",
  {
    countryStepId: uuid()
      .notNull()
      .references(() => countrySteps.id, { onDelete: "cascade" }),
    /** The milestones at this level; evidence at "all" when both it and its milestone are, else at "country". */
    sharingLevel: sharingLevelEnum().notNull(),
    countryCode: countryReference().notNull(),
    /** Live milestones, and the newest `updated_at` among them. */
    milestones: integer().notNull().default(0),
    milestonesUpdatedAt: timestamp({ withTimezone: true }),
    /** The newest `updated_at` among all the step's milestones, withdrawn ones too (a withdrawal changes the step). */
    milestonesChangedAt: timestamp({ withTimezone: true }),
    /** Live evidence on live milestones, and when the newest of it was added. */
    evidence: integer().notNull().default(0),
    evidenceAddedAt: timestamp({ withTimezone: true }),
    /** Live support entries that target the step, and the newest `updated_at` among them: everyone reads support, so only the "all" row counts them. */
    supportEntries: integer().notNull().default(0),
    supportUpdatedAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.countryStepId, t.sharingLevel] }), index().on(t.countryCode)],
);

export const countryStepsRelations = relations(countrySteps, ({ one, many }) => ({
  country: one(countries, { fields: [countrySteps.countryCode], references: [countries.code] }),
  frameworkStep: one(frameworkSteps, { fields: [countrySteps.frameworkStepId], references: [frameworkSteps.id] }),
  subActivities: many(countrySubActivities),
  milestones: many(milestones),
}));

export const countrySubActivitiesRelations = relations(countrySubActivities, ({ one }) => ({
  countryStep: one(countrySteps, { fields: [countrySubActivities.countryStepId], references: [countrySteps.id] }),
  subActivity: one(frameworkSubActivities, {
    fields: [countrySubActivities.subActivityId],
    references: [frameworkSubActivities.id],
  }),
}));

export const milestonesRelations = relations(milestones, ({ one, many }) => ({
  countryStep: one(countrySteps, { fields: [milestones.countryStepId], references: [countrySteps.id] }),
  author: one(users, { fields: [milestones.authorId], references: [users.id] }),
  evidence: many(evidence),
}));

export const evidenceRelations = relations(evidence, ({ one }) => ({
  milestone: one(milestones, { fields: [evidence.milestoneId], references: [milestones.id] }),
  file: one(storedFiles, { fields: [evidence.fileId], references: [storedFiles.id] }),
}));
