/**
 * A country's costing of its policy options (key step 6, the ILO's Rapid Assessment Protocol): its inputs (base
 * year, horizon, currency, population by year, sex and age, and each year's macroeconomic figures with their
 * sources), its benefit scenarios (each may cost an endorsed recommendation of the assessment matrix), packages of
 * scenarios with their financing and the funding needs made from them, and the versions validated at national
 * dialogues. The model is lib/costing.
 */
import { sql } from "drizzle-orm";
import { char, check, date, index, integer, jsonb, numeric, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { editedRecord, personReference } from "./accounts";
import { assessmentItems } from "./assessment";
import { createdAt, id, money, updatedAt, version } from "./common";
import { countryReference } from "./geography";
import { milestones, sharingLevelEnum } from "./progress";
import { supportNeeds } from "./support";
import { administrativeCostConventions, benefitLevelKinds, costingSexes, financingKinds, indexations, populationSexes, targetGroupKinds } from "./values";

export { administrativeCostConventions, benefitLevelKinds, costingSexes, financingKinds, indexations, populationSexes, targetGroupKinds };

export const populationSexEnum = pgEnum("population_sex", populationSexes);
export const costingSexEnum = pgEnum("costing_sex", costingSexes);
export const targetGroupKindEnum = pgEnum("target_group_kind", targetGroupKinds);
export const benefitLevelKindEnum = pgEnum("benefit_level_kind", benefitLevelKinds);
export const indexationEnum = pgEnum("indexation", indexations);
export const administrativeCostConventionEnum = pgEnum("administrative_cost_convention", administrativeCostConventions);
export const financingKindEnum = pgEnum("financing_kind", financingKinds);

/** A share or a rate, 0–1 with six decimals ("0.600000" is 60 %). */
const share = () => numeric({ precision: 9, scale: 6 });

/**
 * A country's costing as a whole: its horizon and currency, who reads it (its scenarios, packages and versions
 * follow, as the assessment matrix's items do, decision 1810), and its version, raised by every change to it or
 * its parts, so that validating names the costing its author saw. Written with the first input.
 */
export const costings = pgTable(
  "costings",
  {
    countryCode: countryReference().primaryKey(),
    baseYear: integer().notNull(),
    horizonYear: integer().notNull(),
    currency: char({ length: 3 }).notNull(),
    /** Where the population figures come from (a census, the World Population Prospects…). */
    populationSource: text().notNull().default(""),
    sharingLevel: sharingLevelEnum().notNull().default("country"),
    version: version(),
    createdById: personReference().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check("costing_horizon", sql`${t.horizonYear} >= ${t.baseYear} and ${t.horizonYear} <= ${t.baseYear} + 15`)],
);

/** Persons of one sex in one age group in one year; `ageTo` null is the open top group (80+). */
export const costingPopulation = pgTable(
  "costing_population",
  {
    countryCode: countryReference().notNull(),
    year: integer().notNull(),
    sex: populationSexEnum().notNull(),
    ageFrom: integer().notNull(),
    ageTo: integer(),
    population: numeric({ precision: 20, scale: 4 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countryCode, t.year, t.sex, t.ageFrom] }),
    check("population_ages", sql`${t.ageFrom} >= 0 and (${t.ageTo} is null or ${t.ageTo} >= ${t.ageFrom})`),
    check("population_count", sql`${t.population} >= 0`),
  ],
);

/** One year's macroeconomic figures, each with its source; a figure not known is null. */
export const costingYears = pgTable(
  "costing_years",
  {
    countryCode: countryReference().notNull(),
    year: integer().notNull(),
    gdp: money(),
    gdpSource: text().notNull().default(""),
    governmentExpenditure: money(),
    governmentExpenditureSource: text().notNull().default(""),
    /** Consumer price inflation over the year, a rate ("0.050000" is 5 %). */
    inflation: numeric({ precision: 9, scale: 6 }),
    inflationSource: text().notNull().default(""),
    /** National currency per person per year. */
    povertyLine: money(),
    povertyLineSource: text().notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.countryCode, t.year] })],
);

/**
 * One benefit scenario: who (an age range and sex, or mothers of newborns, narrowed by an eligible share), what (an
 * amount a month, indexed or not, or a share of the poverty line or of GDP per head), the take-up path and the
 * administrative cost with its convention. It may cost an endorsed recommendation of the matrix.
 */
export const costingScenarios = pgTable(
  "costing_scenarios",
  {
    id: id(),
    countryCode: countryReference().notNull(),
    name: text().notNull(),
    recommendationId: uuid().references(() => assessmentItems.id),
    targetKind: targetGroupKindEnum().notNull(),
    ageFrom: integer(),
    ageTo: integer(),
    sex: costingSexEnum().notNull().default("all"),
    eligibleShare: share().notNull().default("1"),
    benefitKind: benefitLevelKindEnum().notNull(),
    /** A monthly amount in base-year prices, for `monthly_amount`. */
    benefitAmount: money(),
    /** A share of the poverty line or of GDP per head, for the other kinds. */
    benefitShare: share(),
    indexation: indexationEnum().notNull().default("inflation"),
    takeUpStart: share().notNull(),
    takeUpTarget: share().notNull(),
    takeUpYear: integer().notNull(),
    administrativeConvention: administrativeCostConventionEnum().notNull(),
    administrativeRate: share().notNull(),
    position: integer().notNull(),
    createdById: personReference().notNull(),
    ...editedRecord(),
    withdrawalReason: text(),
  },
  (t) => [
    index("costing_scenarios_live_country_index").on(t.countryCode, t.position).where(sql`${t.deletedAt} is null`),
    check("scenario_ages", sql`${t.targetKind} <> 'ages' or (${t.ageFrom} is not null and ${t.ageFrom} >= 0 and (${t.ageTo} is null or ${t.ageTo} >= ${t.ageFrom}))`),
    check("scenario_benefit", sql`(${t.benefitKind} = 'monthly_amount') = (${t.benefitAmount} is not null) and (${t.benefitKind} = 'monthly_amount') = (${t.benefitShare} is null)`),
    check("scenario_shares", sql`${t.eligibleShare} between 0 and 1 and ${t.takeUpStart} between 0 and 1 and ${t.takeUpTarget} between 0 and 1 and ${t.administrativeRate} >= 0 and ${t.administrativeRate} < 1`),
  ],
);

/** A set of scenarios costed together ("low", "high"), summed per year and compared side by side. */
export const costingPackages = pgTable(
  "costing_packages",
  {
    id: id(),
    countryCode: countryReference().notNull(),
    name: text().notNull(),
    scenarioIds: uuid().array().notNull().default(sql`'{}'`),
    createdById: personReference().notNull(),
    ...editedRecord(),
    withdrawalReason: text(),
  },
  (t) => [index("costing_packages_live_country_index").on(t.countryCode).where(sql`${t.deletedAt} is null`)],
);

/** What finances a package in one year, by kind, with its source: set against its cost, it leaves the financing gap. */
export const costingFinancing = pgTable(
  "costing_financing",
  {
    packageId: uuid()
      .notNull()
      .references(() => costingPackages.id),
    year: integer().notNull(),
    kind: financingKindEnum().notNull(),
    amount: money().notNull(),
    source: text().notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.packageId, t.year, t.kind] }), check("financing_amount", sql`${t.amount} >= 0`)],
);

/**
 * A funding need made from a package's uncovered cost in one year (key step 6 to key step 8), as a support entry
 * answers a need through `need_support_links`. A year has one live need at most: the use case checks it under
 * the costing's lock (the need's withdrawal lives on `support_needs`, out of an index's reach).
 */
export const costingNeeds = pgTable(
  "costing_needs",
  {
    needId: uuid()
      .primaryKey()
      .references(() => supportNeeds.id),
    packageId: uuid()
      .notNull()
      .references(() => costingPackages.id),
    year: integer().notNull(),
  },
  (t) => [index().on(t.packageId, t.year)],
);

/** A costing validated at a national dialogue, frozen as JSON (inputs, scenarios, packages, their rows), numbered per country. */
export const costingVersions = pgTable(
  "costing_versions",
  {
    id: id(),
    countryCode: countryReference().notNull(),
    number: integer().notNull(),
    validatedOn: date({ mode: "string" }).notNull(),
    milestoneId: uuid()
      .notNull()
      .references(() => milestones.id),
    validatedById: personReference().notNull(),
    createdAt: createdAt(),
    content: jsonb().notNull(),
  },
  (t) => [uniqueIndex().on(t.countryCode, t.number)],
);
