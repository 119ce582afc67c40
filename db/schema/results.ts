/**
 * The results (issue 19, decision 1900): the catalogue of indicators (SDG 1.3.1 series, SPF Flagship results and
 * countries' national indicators), the indicators a country follows with their baseline and targets, linked to the
 * key steps, schemes and recommendations they measure, and their actual values, typed, proposed or imported.
 */
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { editedRecord, personReference } from "./accounts";
import { assessmentItems, schemes } from "./assessment";
import { createdAt, id, type LocalizedText } from "./common";
import { countryReference } from "./geography";
import { countrySteps, sharingLevelEnum } from "./progress";
import { supportEntries } from "./support";
import {
  indicatorDirections,
  indicatorFamilies,
  indicatorSexes,
  indicatorUnits,
  indicatorValueOrigins,
  indicatorValueStatuses,
  supportResultTypes,
} from "./values";

export { supportResultTypes };
export { indicatorDirections, indicatorFamilies, indicatorSexes, indicatorUnits, indicatorValueOrigins, indicatorValueStatuses };

export const indicatorUnitEnum = pgEnum("indicator_unit", indicatorUnits);
export const indicatorDirectionEnum = pgEnum("indicator_direction", indicatorDirections);
export const indicatorFamilyEnum = pgEnum("indicator_family", indicatorFamilies);
export const indicatorSexEnum = pgEnum("indicator_sex", indicatorSexes);
export const indicatorValueStatusEnum = pgEnum("indicator_value_status", indicatorValueStatuses);
export const indicatorValueOriginEnum = pgEnum("indicator_value_origin", indicatorValueOrigins);
export const supportResultTypeEnum = pgEnum("support_result_type", supportResultTypes);

/** A figure of an indicator: exact, never float (persons in millions, shares to the hundredth and beyond). */
const indicatorNumber = () => numeric({ precision: 20, scale: 4 });

/** A target of a followed indicator: the value the country means to reach by a year. */
export type IndicatorTarget = { year: number; value: string };

/**
 * One indicator of the catalogue. SDG 1.3.1 series and SPF Flagship results belong to no country and are kept by
 * coordinators; a national indicator belongs to its country. Codes are unique among the live catalogue entries,
 * and among a country's live national indicators.
 */
export const indicators = pgTable(
  "indicators",
  {
    id: id(),
    code: text().notNull(),
    name: jsonb().$type<LocalizedText>().notNull(),
    unit: indicatorUnitEnum().notNull(),
    direction: indicatorDirectionEnum().notNull().default("higher_is_better"),
    family: indicatorFamilyEnum().notNull(),
    countryCode: countryReference(),
    /** Whether its values may be given by sex (female, male) beside the total. */
    sexBreakdown: boolean().notNull().default(false),
    /** Who publishes it (ILO, World Bank, the national statistics office…). */
    custodian: text().notNull().default(""),
    /** Null for the entries Socle seeds. */
    createdById: personReference(),
    ...editedRecord(),
    withdrawalReason: text(),
  },
  (t) => [
    uniqueIndex("indicators_live_code_index")
      .on(sql`coalesce(${t.countryCode}, '')`, t.code)
      .where(sql`${t.deletedAt} is null`),
    check("indicator_country", sql`(${t.family} = 'national') = (${t.countryCode} is not null)`),
  ],
);

/**
 * An indicator a country follows: its baseline (value, year, source) and targets, read by the country's group and
 * coordinators or by everyone (decision 0500). One live row per country and indicator.
 */
export const countryIndicators = pgTable(
  "country_indicators",
  {
    id: id(),
    countryCode: countryReference().notNull(),
    indicatorId: uuid()
      .notNull()
      .references(() => indicators.id),
    baselineValue: indicatorNumber(),
    baselineYear: integer(),
    baselineSource: text().notNull().default(""),
    /** In year order, one per year. */
    targets: jsonb().$type<IndicatorTarget[]>().notNull().default([]),
    sharingLevel: sharingLevelEnum().notNull().default("country"),
    createdById: personReference().notNull(),
    ...editedRecord(),
    withdrawalReason: text(),
  },
  (t) => [
    uniqueIndex("country_indicators_live_pair_index").on(t.countryCode, t.indicatorId).where(sql`${t.deletedAt} is null`),
    // One indicator across countries (the map and its table).
    index("country_indicators_live_indicator_index").on(t.indicatorId).where(sql`${t.deletedAt} is null`),
    check("country_indicator_baseline", sql`(${t.baselineValue} is null) = (${t.baselineYear} is null)`),
  ],
);

/** What a followed indicator measures: one of the same country's key steps, schemes or recommendations per row. */
export const countryIndicatorLinks = pgTable(
  "country_indicator_links",
  {
    id: id(),
    countryIndicatorId: uuid()
      .notNull()
      .references(() => countryIndicators.id),
    countryStepId: uuid().references(() => countrySteps.id),
    schemeId: uuid().references(() => schemes.id),
    recommendationId: uuid().references(() => assessmentItems.id),
  },
  (t) => [
    check("country_indicator_link_one", sql`num_nonnulls(${t.countryStepId}, ${t.schemeId}, ${t.recommendationId}) = 1`),
    uniqueIndex().on(t.countryIndicatorId, t.countryStepId),
    uniqueIndex().on(t.countryIndicatorId, t.schemeId),
    uniqueIndex().on(t.countryIndicatorId, t.recommendationId),
    index().on(t.schemeId),
    index().on(t.recommendationId),
  ],
);

/**
 * One value of a followed indicator for a period (a year "2020" or a span "2016/17", with its first and last day)
 * and a sex. Accepted values are the series; an adviser's proposal waits for a member to accept or decline it.
 * One live accepted value per followed indicator, period and sex: accepting a proposal replaces the value there.
 */
export const indicatorValues = pgTable(
  "indicator_values",
  {
    id: id(),
    countryIndicatorId: uuid()
      .notNull()
      .references(() => countryIndicators.id),
    period: text().notNull(),
    periodStart: date({ mode: "string" }).notNull(),
    periodEnd: date({ mode: "string" }).notNull(),
    sex: indicatorSexEnum().notNull().default("total"),
    value: indicatorNumber().notNull(),
    source: text().notNull().default(""),
    note: text().notNull().default(""),
    evidenceUrl: text(),
    status: indicatorValueStatusEnum().notNull().default("accepted"),
    origin: indicatorValueOriginEnum().notNull().default("typed"),
    /** ILOSTAT's observation flag (B break in series, U unreliable, I imputation…), as published. */
    obsStatus: text(),
    /** Who accepted or declined a proposal, when, and why it was declined. */
    decidedById: personReference(),
    decidedAt: timestamp({ withTimezone: true }),
    declineReason: text(),
    /** The accepted proposal that took this value's place (it is withdrawn then). */
    replacedById: uuid().references((): AnyPgColumn => indicatorValues.id),
    createdById: personReference().notNull(),
    ...editedRecord(),
    withdrawalReason: text(),
  },
  (t) => [
    uniqueIndex("indicator_values_accepted_index")
      .on(t.countryIndicatorId, t.period, t.sex)
      .where(sql`${t.status} = 'accepted' and ${t.deletedAt} is null`),
    index("indicator_values_live_index").on(t.countryIndicatorId, t.periodStart).where(sql`${t.deletedAt} is null`),
    check("indicator_value_period", sql`${t.periodEnd} >= ${t.periodStart}`),
    check("indicator_value_decided", sql`${t.status} <> 'declined' or ${t.decidedAt} is not null`),
  ],
);

/**
 * A followed indicator a support entry works towards, with what the work does for it (an output, an outcome, an
 * impact): the IATI export gives the entry's activity a `<result>` per row. Same country as the entry, checked on write.
 */
export const supportEntryIndicators = pgTable(
  "support_entry_indicators",
  {
    id: id(),
    supportEntryId: uuid()
      .notNull()
      .references(() => supportEntries.id),
    countryIndicatorId: uuid()
      .notNull()
      .references(() => countryIndicators.id),
    resultType: supportResultTypeEnum().notNull(),
    createdById: personReference().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex().on(t.supportEntryId, t.countryIndicatorId), index().on(t.countryIndicatorId)],
);
