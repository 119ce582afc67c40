/** A country's assessment (key step 4): the inventory of its existing social protection schemes. */
import { relations, sql } from "drizzle-orm";
import { char, check, date, index, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { editedRecord, personReference } from "./accounts";
import { id, money } from "./common";
import { countries, countryReference } from "./geography";
import { sharingLevelEnum } from "./progress";
import { uploadedImport } from "./support";
import { multilingualDocument, tsvector } from "./text-search";
import { benefitForms, benefitFrequencies, financingSources, guarantees, schemeContributions, schemeKinds, schemeStatuses } from "./values";

export { benefitForms, benefitFrequencies, financingSources, guarantees, schemeContributions, schemeKinds, schemeStatuses };

export const guaranteeEnum = pgEnum("guarantee", guarantees);
export const schemeContributionEnum = pgEnum("scheme_contribution", schemeContributions);
export const schemeKindEnum = pgEnum("scheme_kind", schemeKinds);
export const benefitFormEnum = pgEnum("benefit_form", benefitForms);
export const benefitFrequencyEnum = pgEnum("benefit_frequency", benefitFrequencies);
export const schemeStatusEnum = pgEnum("scheme_status", schemeStatuses);
export const financingSourceEnum = pgEnum("financing_source", financingSources);

/**
 * One existing (or planned) scheme of a country: what it is, in law and in fact, and what it costs. Texts left
 * blank are empty strings; figures and choices not known are null.
 */
export const schemes = pgTable(
  "schemes",
  {
    id: id(),
    countryCode: countryReference().notNull(),
    nationalName: text().notNull(),
    englishName: text().notNull().default(""),
    /** The guarantees of the floor it serves: at least one. */
    guarantees: guaranteeEnum().array().notNull(),
    contribution: schemeContributionEnum(),
    kind: schemeKindEnum(),
    legalBasis: text().notNull().default(""),
    legalBasisUrl: text(),
    institution: text().notNull().default(""),
    targetGroup: text().notNull().default(""),
    eligibility: text().notNull().default(""),
    benefitForm: benefitFormEnum(),
    benefitAmount: money(),
    benefitCurrency: char({ length: 3 }),
    benefitFrequency: benefitFrequencyEnum(),
    status: schemeStatusEnum().notNull().default("in_force"),
    startedOn: date({ mode: "string" }),
    endedOn: date({ mode: "string" }),
    /** Persons legally covered, and beneficiaries in fact, in `coverageYear` according to `coverageSource`. */
    legalCoverage: integer(),
    effectiveCoverage: integer(),
    coverageYear: integer(),
    coverageSource: text().notNull().default(""),
    expenditureAmount: money(),
    expenditureCurrency: char({ length: 3 }),
    expenditureYear: integer(),
    expenditureSource: text().notNull().default(""),
    financing: financingSourceEnum().array().notNull().default(sql`'{}'`),
    /** Who reads it: the country's group and coordinators, or everyone signed in (decision 0500, as milestones). */
    sharingLevel: sharingLevelEnum().notNull().default("country"),
    createdById: personReference().notNull(),
    ...editedRecord(),
    /** Why it was withdrawn; the scheme stays, with its history, out of lists, exports and search. */
    withdrawalReason: text(),
    /** Search: the national and the English name in every search configuration. */
    searchVector: tsvector().generatedAlwaysAs(
      multilingualDocument([
        { column: "national_name", weight: "A" },
        { column: "english_name", weight: "A" },
      ]),
    ),
  },
  (t) => [
    // The inventory of a country is read without its withdrawn schemes.
    index("schemes_live_country_index").on(t.countryCode).where(sql`${t.deletedAt} is null`),
    index("schemes_search_index").using("gin", t.searchVector),
    check("scheme_guarantees", sql`cardinality(${t.guarantees}) >= 1`),
    check("scheme_dates", sql`${t.endedOn} is null or ${t.startedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
    check("scheme_ended", sql`${t.status} <> 'discontinued' or ${t.endedOn} is not null`),
    check("scheme_benefit", sql`${t.benefitAmount} is null or (${t.benefitAmount} >= 0 and ${t.benefitCurrency} is not null)`),
    check("scheme_expenditure", sql`${t.expenditureAmount} is null or (${t.expenditureAmount} >= 0 and ${t.expenditureCurrency} is not null)`),
    check("scheme_coverage", sql`coalesce(${t.legalCoverage}, 0) >= 0 and coalesce(${t.effectiveCoverage}, 0) >= 0`),
  ],
);

/** A spreadsheet uploaded to re-import one country's inventory: its file, its dry run's report, when it was applied. */
export const schemeImports = pgTable(
  "scheme_imports",
  { ...uploadedImport(), countryCode: countryReference().notNull() },
  (t) => [index().on(t.createdById, t.createdAt)],
);

export const schemesRelations = relations(schemes, ({ one }) => ({
  country: one(countries, { fields: [schemes.countryCode], references: [countries.code] }),
}));
