/**
 * The fixed value lists of the schema (roles, languages, regions…), free of Drizzle, so that forms and
 * validation in the browser can use them without shipping the table definitions.
 */
export const locales = ["en", "fr", "es", "pt"] as const;
export type Locale = (typeof locales)[number];

/** Text that Socle ships or administers in every interface language; English is always present. */
export type LocalizedText = { en: string } & Partial<Record<Exclude<Locale, "en">, string>>;

export const roles = ["coordinator", "working_group_member", "agency_adviser", "reviewer"] as const;
export type Role = (typeof roles)[number];

/** The ILO's regions, the grouping SPF-I staff already report by. */
export const regions = ["africa", "americas", "arab_states", "asia_pacific", "europe_central_asia"] as const;

export const spfiStatuses = ["activities_under_way", "interest_expressed"] as const;

export const agencyKinds = ["un_agency", "development_bank", "development_partner", "ngo"] as const;

export const supportKinds = ["technical", "financial"] as const;
export const technicalCategories = [
  "advocacy_awareness",
  "needs_assessment",
  "costing_modelling",
  "expenditure_review",
  "policy_legal_design",
  "monitoring_evaluation",
  "training_capacity",
  "south_south_cooperation",
] as const;
export const supportStatuses = ["planned", "ongoing", "delivered"] as const;
export const transactionTypes = ["pledged", "committed", "disbursed", "spent"] as const;
/** What a new financial entry may record its amount as at once: money is pledged or committed before it moves. */
export const firstTransactionTypes = ["pledged", "committed"] as const satisfies readonly (typeof transactionTypes)[number][];
export const needKinds = ["technical", "funding"] as const;
export const priorities = ["high", "medium", "low"] as const;
export const stepStatuses = ["not_started", "in_progress", "completed", "not_applicable"] as const;
export const reviewStates = ["in_review", "changes_requested", "validated"] as const;
export const sharingLevels = ["country", "all"] as const;
/** An experience write-up is written as a draft, seen by its authors' side only, then published to its audience. */
export const experienceStates = ["draft", "published"] as const;
export const evidenceKinds = ["link", "file"] as const;

/** What a library resource is. */
export const resourceKinds = ["manual", "guide", "tool_methodology", "training_material", "country_experience", "brochure"] as const;
/** Languages a resource may be available in: the six UN official languages and Portuguese (ISO 639-1). */
export const resourceLanguages = ["en", "fr", "es", "pt", "ar", "ru", "zh"] as const;
/** What a review entry on a milestone or a step says: a comment (or a working group's answer) or a decision. */
export const reviewEntryKinds = ["comment", "changes_requested", "validated"] as const;
export const reviewSubjects = ["milestone", "country_step", "assessment_item"] as const;
/** What a notification is about; each person chooses per kind how they get it. */
export const notificationKinds = ["review_comment", "review_decision", "support_added", "need_answered", "report_reminder", "report_decision", "webhook_disabled"] as const;
/** immediate: a notice counted by the bell; digest: listed in the day's digest; off: not written at all. */
export const notificationDeliveries = ["immediate", "digest", "off"] as const;

/** The four guarantees of a social protection floor (ILO Recommendation 202, paragraph 5). */
export const guarantees = ["health", "children", "active_age", "older_persons"] as const;
export type Guarantee = (typeof guarantees)[number];
/** Whether a scheme's benefits depend on contributions paid by or for the people covered. */
export const schemeContributions = ["contributory", "non_contributory"] as const;
export const schemeKinds = ["social_insurance", "social_assistance", "universal", "public_works", "health_coverage"] as const;
export const benefitForms = ["cash", "in_kind"] as const;
export const benefitFrequencies = ["one_off", "monthly", "quarterly", "yearly"] as const;
export const schemeStatuses = ["planned", "pilot", "in_force", "discontinued"] as const;
export const financingSources = ["contributions", "tax", "external"] as const;

/** The parts of a guarantee's block in a country's assessment matrix, in the ABND's order after its schemes. */
export const assessmentSections = ["policy_gap", "implementation_issue", "recommendation"] as const;
export type AssessmentSection = (typeof assessmentSections)[number];
/** A benefit or coverage change is costed in key step 6; a management measure (targeting, registration, law review…) is not. */
export const recommendationKinds = ["benefit_coverage", "management"] as const;
/** A recommendation's priority: the one list of priorities (a support need's too). */
export const recommendationPriorities = priorities;
/** proposed → endorsed at a national dialogue → adopted, or dropped (from proposed or endorsed) with a reason. */
export const recommendationStatuses = ["proposed", "endorsed", "adopted", "dropped"] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];

/** The costing of policy options (key step 6, decision 1800): population by sex, and a scenario's choices. */
export const populationSexes = ["female", "male"] as const;
export const costingSexes = ["all", "female", "male"] as const;
/** An age range (and sex), or mothers of newborns counted from births. */
export const targetGroupKinds = ["ages", "mothers_of_newborns"] as const;
export const benefitLevelKinds = ["monthly_amount", "poverty_line_share", "gdp_per_head_share"] as const;
export const indexations = ["inflation", "none"] as const;
/** RAP adds administration on top of benefits; ILO ESS 58 states it as a share of total expenditure. */
export const administrativeCostConventions = ["on_top_of_benefits", "share_of_total"] as const;
export const financingKinds = ["reallocation", "new_revenue", "contributions", "external"] as const;

/** The results (issue 19, decision 1900): indicators, the ones a country follows, and their values. */
export const indicatorUnits = ["percent", "persons", "thousand_persons", "number"] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];
export const indicatorDirections = ["higher_is_better", "lower_is_better"] as const;
/** SDG 1.3.1 series and SPF Flagship results are the catalogue's, kept by coordinators; national ones a country's. */
export const indicatorFamilies = ["sdg_1_3_1", "spf_flagship", "national"] as const;
export type IndicatorFamily = (typeof indicatorFamilies)[number];
/** The sex a value is about: the total, or one sex where the series is broken down by sex. */
export const indicatorSexes = ["total", "female", "male"] as const;
export type IndicatorSex = (typeof indicatorSexes)[number];
/** An adviser's value is proposed until a member of the country accepts or declines it; members' values are accepted. */
export const indicatorValueStatuses = ["accepted", "proposed", "declined"] as const;
export type IndicatorValueStatus = (typeof indicatorValueStatuses)[number];
/** Where a value came from: typed in, or imported from an Open SDG file or an ILOSTAT file. */
export const indicatorValueOrigins = ["typed", "open_sdg", "ilostat"] as const;
export type IndicatorValueOrigin = (typeof indicatorValueOrigins)[number];
/** What a support entry's work does for an indicator it is linked to: IATI's result types 1, 2, 3 and 9. */
export const supportResultTypes = ["output", "outcome", "impact", "other"] as const;
export type SupportResultType = (typeof supportResultTypes)[number];

/** Reporting rounds (issue 20, decision 2010): a country report's workflow, and the two reminders of a round. */
export const countryReportStatuses = ["draft", "submitted", "returned", "accepted", "reopened"] as const;
export type CountryReportStatus = (typeof countryReportStatuses)[number];
/** A set number of days before the due date, and once the due date has passed without a submission. */
export const reportReminderKinds = ["before_due", "overdue"] as const;
export type ReportReminderKind = (typeof reportReminderKinds)[number];

/** Where a financial entry's money comes from (issue 21): the agency's own resources, another member, a named donor. */
export const fundingSources = ["own", "member", "donor"] as const;
export type FundingSource = (typeof fundingSources)[number];
/** How long an exchange rate's figure stands for: a day, a month (average) or a year (average, as the IMF's table). */
export const exchangeRatePeriods = ["day", "month", "year"] as const;
export type ExchangeRatePeriod = (typeof exchangeRatePeriods)[number];
/** An uploaded IATI file: being read (the dry run), read (a report to review), failed (unreadable), applied. */
export const iatiImportStates = ["reading", "ready", "failed", "applied"] as const;
export type IatiImportState = (typeof iatiImportStates)[number];

/** The events a webhook endpoint may subscribe to (issue 22). */
export const webhookEventTypes = [
  "milestone.logged",
  "milestone.changed",
  "step.status_changed",
  "support.entry_changed",
  "support.transaction_changed",
  "report.submitted",
  "report.accepted",
  "need.recorded",
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];
/** A delivery waits (pending), is being sent by one instance (sending), arrived (delivered), or was given up (failed). */
export const webhookDeliveryStates = ["pending", "sending", "delivered", "failed"] as const;
export type WebhookDeliveryState = (typeof webhookDeliveryStates)[number];
