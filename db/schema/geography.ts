/** Countries whose working groups use Socle, with their place in the SPF Initiative. */
import { relations } from "drizzle-orm";
import { char, jsonb, pgEnum, pgTable, uuid } from "drizzle-orm/pg-core";
import { createdAt, type LocalizedText, updatedAt, version } from "./common";
import { frameworkVersions } from "./framework";

import { regions, spfiStatuses } from "./values";

export { regions, spfiStatuses };
export const regionEnum = pgEnum("region", regions);

export const spfiStatusEnum = pgEnum("spfi_status", spfiStatuses);

export const countries = pgTable("countries", {
  /** ISO 3166-1 alpha-2. */
  code: char({ length: 2 }).primaryKey(),
  name: jsonb().$type<LocalizedText>().notNull(),
  region: regionEnum().notNull(),
  spfiStatus: spfiStatusEnum().notNull(),
  /** The framework version this country's steps follow. */
  frameworkVersionId: uuid()
    .notNull()
    .references(() => frameworkVersions.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A column naming a country by its ISO code. */
export const countryReference = () => char({ length: 2 }).references(() => countries.code);

export const countriesRelations = relations(countries, ({ one }) => ({
  frameworkVersion: one(frameworkVersions, {
    fields: [countries.frameworkVersionId],
    references: [frameworkVersions.id],
  }),
}));
