/** The SPF-I generic key steps, kept as versioned data that coordinators edit. */
import { relations } from "drizzle-orm";
import { boolean, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, type LocalizedText } from "./common";

export const frameworkVersions = pgTable("framework_versions", {
  id: id(),
  number: integer().notNull().unique(),
  notes: text(),
  publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  publishedById: uuid(),
  createdAt: createdAt(),
});

export const frameworkSteps = pgTable(
  "framework_steps",
  {
    id: id(),
    versionId: uuid()
      .notNull()
      .references(() => frameworkVersions.id),
    /** Stable across versions, so a country's history follows a step from one version to the next. */
    key: text().notNull(),
    position: integer().notNull(),
    title: jsonb().$type<LocalizedText>().notNull(),
    description: jsonb().$type<LocalizedText>().notNull(),
    requiresEvidence: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.versionId, t.key), unique().on(t.versionId, t.position)],
);

export const frameworkSubActivities = pgTable(
  "framework_sub_activities",
  {
    id: id(),
    stepId: uuid()
      .notNull()
      .references(() => frameworkSteps.id),
    key: text().notNull(),
    position: integer().notNull(),
    title: jsonb().$type<LocalizedText>().notNull(),
  },
  (t) => [unique().on(t.stepId, t.key)],
);

export const frameworkVersionsRelations = relations(frameworkVersions, ({ many }) => ({
  steps: many(frameworkSteps),
}));

export const frameworkStepsRelations = relations(frameworkSteps, ({ one, many }) => ({
  version: one(frameworkVersions, { fields: [frameworkSteps.versionId], references: [frameworkVersions.id] }),
  subActivities: many(frameworkSubActivities),
}));

export const frameworkSubActivitiesRelations = relations(frameworkSubActivities, ({ one }) => ({
  step: one(frameworkSteps, { fields: [frameworkSubActivities.stepId], references: [frameworkSteps.id] }),
}));
