/**
 * What countries learn from each other (South-South learning): the library of tools and manuals, experience
 * write-ups per key step, and the trainings their working groups attend.
 */
import { relations, sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { editedRecord, localeEnum, personReference, withdrawal } from "./accounts";
import { agencies } from "./agencies";
import { createdAt, id, updatedAt, version } from "./common";
import { countryReference } from "./geography";
import { sharingLevelEnum, storedFiles } from "./progress";
import { supportEntries } from "./support";
import { languageDocument, titleAndDescriptionVector, tsvector } from "./text-search";
import { experienceStates, resourceKinds, resourceLanguages } from "./values";

export { experienceStates, resourceKinds, resourceLanguages };

export const resourceKindEnum = pgEnum("resource_kind", resourceKinds);
export const experienceStateEnum = pgEnum("experience_state", experienceStates);

/** A manual, guide, tool or other material in the library, serving one or more key steps. */
export const resources = pgTable(
  "resources",
  {
    id: id(),
    title: text().notNull(),
    description: text().notNull().default(""),
    kind: resourceKindEnum().notNull(),
    /** ISO 639-1 codes of the languages it is available in (resourceLanguages). */
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    url: text(),
    fileId: uuid().references(() => storedFiles.id),
    /** The framework steps it serves, by their stable key (so across framework versions and countries). */
    stepKeys: text().array().notNull().default(sql`'{}'::text[]`),
    year: integer(),
    /** Set on the resources Socle ships, so seeding again adds only what is missing. */
    seedKey: text().unique(),
    createdById: personReference(),
    ...editedRecord(),
    searchVector: titleAndDescriptionVector(),
  },
  (t) => [
    index("resources_search_index").using("gin", t.searchVector),
    index("resources_step_keys_index").using("gin", t.stepKeys),
    check("resource_year", sql`${t.year} is null or ${t.year} between 1900 and 2200`),
  ],
);

/** The agencies behind a resource. */
export const resourceAgencies = pgTable(
  "resource_agencies",
  {
    resourceId: uuid()
      .notNull()
      .references(() => resources.id),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
  },
  (t) => [primaryKey({ columns: [t.resourceId, t.agencyId] }), index().on(t.agencyId)],
);

/** Someone who agreed to be named as a contact for an experience. */
export type ExperienceContact = { name: string; organisation: string; email: string };

/**
 * A country's experience of one key step, written up by its working group or an adviser, in one or more languages.
 * Who reads it: lib/sharing/visibility.ts (experienceVisibleTo), decision 2350.
 */
export const experiences = pgTable(
  "experiences",
  {
    id: id(),
    countryCode: countryReference().notNull(),
    /** The framework step it is about, by key, so every country's page of that step can show it. */
    stepKey: text().notNull(),
    /** The adviser's agency, when an adviser wrote it; null when the working group did. */
    agencyId: uuid().references(() => agencies.id),
    contacts: jsonb().$type<ExperienceContact[]>().notNull().default([]),
    /**
     * Socle writes every new write-up as a draft (writeExperience names it); the default is for the write-ups
     * that existed before drafts did, which were published at once and stay so.
     */
    state: experienceStateEnum().notNull().default("published"),
    /** Who reads it once published: the country's working group and coordinators, or everyone signed in. */
    sharingLevel: sharingLevelEnum().notNull().default("all"),
    /** When it was (last) published; null for a draft and for the write-ups published before drafts existed. */
    publishedAt: timestamp({ withTimezone: true }),
    publishedById: personReference(),
    featuredAt: timestamp({ withTimezone: true }),
    featuredById: personReference(),
    createdById: personReference().notNull(),
    version: version(),
    ...withdrawal(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.stepKey), index().on(t.countryCode), index().on(t.updatedAt)],
);

/** One language's text of an experience write-up. */
export const experienceTexts = pgTable(
  "experience_texts",
  {
    experienceId: uuid()
      .notNull()
      .references(() => experiences.id),
    language: localeEnum().notNull(),
    title: text().notNull(),
    context: text().notNull().default(""),
    whatWasDone: text().notNull().default(""),
    whatWorked: text().notNull().default(""),
    whatToChange: text().notNull().default(""),
    updatedAt: updatedAt(),
    searchVector: tsvector().generatedAlwaysAs(
      languageDocument("language", [
        { column: "title", weight: "A" },
        { column: "context", weight: "B" },
        { column: "what_was_done", weight: "B" },
        { column: "what_worked", weight: "B" },
        { column: "what_to_change", weight: "B" },
      ]),
    ),
  },
  (t) => [primaryKey({ columns: [t.experienceId, t.language] }), index("experience_texts_search_index").using("gin", t.searchVector)],
);

/** Where trainings take place: the ILO's centre in Turin, partner universities, and any other a country names. */
export const trainingInstitutions = pgTable(
  "training_institutions",
  {
    id: id(),
    name: text().notNull(),
    seedKey: text().unique(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("training_institutions_name_index").on(sql`lower(${t.name})`)],
);

/** A training that members of a country's working group attended. */
export const trainings = pgTable(
  "trainings",
  {
    id: id(),
    countryCode: countryReference().notNull(),
    course: text().notNull(),
    institutionId: uuid()
      .notNull()
      .references(() => trainingInstitutions.id),
    startDate: date({ mode: "string" }).notNull(),
    endDate: date({ mode: "string" }),
    fundingAgencyId: uuid().references(() => agencies.id),
    /** The technical support entry (training category) it was part of, where there is one. */
    supportEntryId: uuid().references(() => supportEntries.id),
    /** Optional: the participants who agreed to be listed, one name per line. */
    participantNames: text().notNull().default(""),
    createdById: personReference().notNull(),
    ...editedRecord(),
  },
  (t) => [
    index().on(t.countryCode, t.startDate),
    index().on(t.institutionId),
    check("training_dates", sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
);

/** How many participants came from one institution, by sex. */
export const trainingParticipants = pgTable(
  "training_participants",
  {
    trainingId: uuid()
      .notNull()
      .references(() => trainings.id),
    position: integer().notNull(),
    /** The participants' own institution (a ministry, a social security fund, a union…). */
    organisation: text().notNull(),
    women: integer().notNull().default(0),
    men: integer().notNull().default(0),
    /** Participants whose sex was not recorded. */
    unstated: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.trainingId, t.position] }),
    check("training_participant_counts", sql`${t.women} >= 0 and ${t.men} >= 0 and ${t.unstated} >= 0 and ${t.women} + ${t.men} + ${t.unstated} > 0`),
  ],
);

export const resourcesRelations = relations(resources, ({ many, one }) => ({
  agencies: many(resourceAgencies),
  file: one(storedFiles, { fields: [resources.fileId], references: [storedFiles.id] }),
}));

export const resourceAgenciesRelations = relations(resourceAgencies, ({ one }) => ({
  resource: one(resources, { fields: [resourceAgencies.resourceId], references: [resources.id] }),
  agency: one(agencies, { fields: [resourceAgencies.agencyId], references: [agencies.id] }),
}));

export const experiencesRelations = relations(experiences, ({ many }) => ({
  texts: many(experienceTexts),
}));

export const experienceTextsRelations = relations(experienceTexts, ({ one }) => ({
  experience: one(experiences, { fields: [experienceTexts.experienceId], references: [experiences.id] }),
}));

export const trainingsRelations = relations(trainings, ({ many, one }) => ({
  participants: many(trainingParticipants),
  institution: one(trainingInstitutions, { fields: [trainings.institutionId], references: [trainingInstitutions.id] }),
}));

export const trainingParticipantsRelations = relations(trainingParticipants, ({ one }) => ({
  training: one(trainings, { fields: [trainingParticipants.trainingId], references: [trainings.id] }),
}));
