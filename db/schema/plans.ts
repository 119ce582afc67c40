/**
 * Plans (issue 20, decision 2000): each country step's planned start and end, milestones planned ahead (an expected
 * date; actual once a milestone is logged for them), and named baselines: copies of the plan a working group saves
 * so that the roadmap can compare the current plan with it.
 */
import { sql } from "drizzle-orm";
import { check, date, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { editedRecord, personReference } from "./accounts";
import { createdAt, id, updatedAt, version } from "./common";
import { countryReference } from "./geography";
import { countrySteps, milestones, sharingLevelEnum } from "./progress";

/** A country step's planned dates; no row, or null dates, means not planned yet. Kept apart from the step's status. */
export const stepPlans = pgTable(
  "step_plans",
  {
    countryStepId: uuid()
      .primaryKey()
      .references(() => countrySteps.id),
    countryCode: countryReference().notNull(),
    plannedStart: date({ mode: "string" }),
    plannedEnd: date({ mode: "string" }),
    updatedById: personReference().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.countryCode),
    check("step_plan_dates", sql`${t.plannedEnd} is null or ${t.plannedStart} is null or ${t.plannedEnd} >= ${t.plannedStart}`),
  ],
);

/** A milestone planned ahead: what is expected and when. Logging the milestone links it (`milestoneId`): it is actual then. */
export const plannedMilestones = pgTable(
  "planned_milestones",
  {
    id: id(),
    countryCode: countryReference().notNull(),
    countryStepId: uuid()
      .notNull()
      .references(() => countrySteps.id),
    title: text().notNull(),
    description: text().notNull().default(""),
    expectedOn: date({ mode: "string" }).notNull(),
    /** The milestone logged for it; one planned milestone per logged milestone. */
    milestoneId: uuid().references(() => milestones.id),
    sharingLevel: sharingLevelEnum().notNull().default("country"),
    createdById: personReference().notNull(),
    ...editedRecord(),
    withdrawalReason: text(),
  },
  (t) => [
    index().on(t.countryStepId, t.expectedOn),
    index().on(t.countryCode, t.expectedOn),
    uniqueIndex("planned_milestones_logged_index").on(t.milestoneId).where(sql`${t.milestoneId} is not null`),
  ],
);

/** A named copy of a country's plan at the moment it was saved; the live names are unique per country. */
export const planBaselines = pgTable(
  "plan_baselines",
  {
    id: id(),
    countryCode: countryReference().notNull(),
    name: text().notNull(),
    note: text().notNull().default(""),
    createdById: personReference().notNull(),
    ...editedRecord(),
  },
  (t) => [uniqueIndex("plan_baselines_live_name_index").on(t.countryCode, t.name).where(sql`${t.deletedAt} is null`)],
);

/** A step's planned dates in a baseline. */
export const planBaselineSteps = pgTable(
  "plan_baseline_steps",
  {
    baselineId: uuid()
      .notNull()
      .references(() => planBaselines.id),
    countryStepId: uuid()
      .notNull()
      .references(() => countrySteps.id),
    plannedStart: date({ mode: "string" }),
    plannedEnd: date({ mode: "string" }),
  },
  (t) => [primaryKey({ columns: [t.baselineId, t.countryStepId] })],
);

/** A planned milestone's title and expected date in a baseline. */
export const planBaselineMilestones = pgTable(
  "plan_baseline_milestones",
  {
    baselineId: uuid()
      .notNull()
      .references(() => planBaselines.id),
    plannedMilestoneId: uuid()
      .notNull()
      .references(() => plannedMilestones.id),
    title: text().notNull(),
    expectedOn: date({ mode: "string" }).notNull(),
    savedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.baselineId, t.plannedMilestoneId] })],
);
