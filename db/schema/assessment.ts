/** A country's assessment (key steps 4 and 5): the inventory of its existing schemes and its assessment matrix. */
import { relations, sql } from "drizzle-orm";
import { char, check, date, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { editedRecord, personReference } from "./accounts";
import { createdAt, id, money, updatedAt, version } from "./common";
import { countries, countryReference } from "./geography";
import { milestones, reviewStateEnum, sharingLevelEnum } from "./progress";
import { priorityEnum, uploadedImport } from "./support";
import { multilingualDocument, tsvector } from "./text-search";
import {
  assessmentSections,
  benefitForms,
  benefitFrequencies,
  financingSources,
  guarantees,
  recommendationKinds,
  recommendationPriorities,
  recommendationStatuses,
  schemeContributions,
  schemeKinds,
  schemeStatuses,
} from "./values";

export {
  assessmentSections,
  benefitForms,
  benefitFrequencies,
  financingSources,
  guarantees,
  recommendationKinds,
  recommendationPriorities,
  recommendationStatuses,
  schemeContributions,
  schemeKinds,
  schemeStatuses,
};

export const guaranteeEnum = pgEnum("guarantee", guarantees);
export const schemeContributionEnum = pgEnum("scheme_contribution", schemeContributions);
export const schemeKindEnum = pgEnum("scheme_kind", schemeKinds);
export const benefitFormEnum = pgEnum("benefit_form", benefitForms);
export const benefitFrequencyEnum = pgEnum("benefit_frequency", benefitFrequencies);
export const schemeStatusEnum = pgEnum("scheme_status", schemeStatuses);
export const financingSourceEnum = pgEnum("financing_source", financingSources);
export const assessmentSectionEnum = pgEnum("assessment_section", assessmentSections);
export const recommendationKindEnum = pgEnum("recommendation_kind", recommendationKinds);
export const recommendationStatusEnum = pgEnum("recommendation_status", recommendationStatuses);

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

/**
 * A country's assessment matrix as a whole: who reads it (its items and endorsed versions follow, decision 1720),
 * and its version, raised by every change to an item, so that endorsing names the matrix its endorser saw. Written
 * with the first item; a country without a row has an empty matrix kept to the country.
 */
export const assessmentMatrices = pgTable("assessment_matrices", {
  countryCode: countryReference().primaryKey(),
  sharingLevel: sharingLevelEnum().notNull().default("country"),
  version: version(),
  createdById: personReference().notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * One item of a guarantee's block in a country's assessment matrix: a policy gap, an implementation issue or a
 * recommendation, in order within its block and section. The block's existing schemes are the inventory's schemes
 * serving the guarantee. A recommendation has a kind, a priority and a status; endorsed at a national dialogue
 * (its date and milestone), then adopted or dropped with a reason. The live items are the matrix's draft.
 */
export const assessmentItems = pgTable(
  "assessment_items",
  {
    id: id(),
    countryCode: countryReference().notNull(),
    guarantee: guaranteeEnum().notNull(),
    section: assessmentSectionEnum().notNull(),
    /** Order within the country's guarantee and section, from 1; gaps left by withdrawals are harmless. */
    position: integer().notNull(),
    statement: text().notNull(),
    details: text().notNull().default(""),
    recommendationKind: recommendationKindEnum(),
    priority: priorityEnum(),
    status: recommendationStatusEnum(),
    /** The national dialogue that endorsed it: its date, its milestone, and the matrix version then frozen. */
    endorsedOn: date({ mode: "string" }),
    endorsementMilestoneId: uuid().references(() => milestones.id),
    endorsedInVersion: integer(),
    /** When it was adopted or dropped, and how or why (a reason is required to drop). */
    decidedOn: date({ mode: "string" }),
    decisionReason: text(),
    reviewState: reviewStateEnum(),
    createdById: personReference().notNull(),
    ...editedRecord(),
    withdrawalReason: text(),
    searchVector: tsvector().generatedAlwaysAs(
      multilingualDocument([
        { column: "statement", weight: "A" },
        { column: "details", weight: "B" },
      ]),
    ),
  },
  (t) => [
    index("assessment_items_live_country_index").on(t.countryCode, t.guarantee, t.section, t.position).where(sql`${t.deletedAt} is null`),
    index("assessment_items_search_index").using("gin", t.searchVector),
    check(
      "assessment_recommendation",
      sql`(${t.section} = 'recommendation') = (${t.recommendationKind} is not null and ${t.priority} is not null and ${t.status} is not null)`,
    ),
    check(
      "assessment_endorsement",
      sql`${t.status} is null or ${t.status} = 'proposed' or ${t.status} = 'dropped' or (${t.endorsedOn} is not null and ${t.endorsementMilestoneId} is not null)`,
    ),
    check("assessment_decided", sql`${t.status} is null or ${t.status} not in ('adopted', 'dropped') or ${t.decidedOn} is not null`),
    check("assessment_dropped", sql`${t.status} is distinct from 'dropped' or ${t.decisionReason} is not null`),
  ],
);

/**
 * An endorsed version of a country's matrix, frozen at its national dialogue: every live item and the schemes of
 * each block as they were then (`AssessmentContent`, lib/assessment). Never changed; numbered from 1 per country.
 */
export const assessmentVersions = pgTable(
  "assessment_versions",
  {
    id: id(),
    countryCode: countryReference().notNull(),
    number: integer().notNull(),
    endorsedOn: date({ mode: "string" }).notNull(),
    milestoneId: uuid()
      .notNull()
      .references(() => milestones.id),
    endorsedById: personReference().notNull(),
    createdAt: createdAt(),
    content: jsonb().notNull(),
  },
  (t) => [uniqueIndex().on(t.countryCode, t.number)],
);

export const schemesRelations = relations(schemes, ({ one }) => ({
  country: one(countries, { fields: [schemes.countryCode], references: [countries.code] }),
}));
