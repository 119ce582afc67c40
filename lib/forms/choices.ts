/**
 * The fixed lists forms and badges offer (languages, roles, kinds, statuses…): the schema's value lists, free of
 * Drizzle, handed to components through lib/ so that components never import db/. Re-exports only.
 */
export {
  agencyKinds,
  assessmentSections,
  benefitForms,
  benefitFrequencies,
  financingKinds,
  financingSources,
  guarantees,
  firstTransactionTypes,
  locales,
  needKinds,
  notificationDeliveries,
  priorities,
  recommendationKinds,
  recommendationPriorities,
  recommendationStatuses,
  regions,
  resourceKinds,
  reviewStates,
  roles,
  schemeContributions,
  schemeKinds,
  schemeStatuses,
  spfiStatuses,
  stepStatuses,
  supportKinds,
  supportStatuses,
  technicalCategories,
  transactionTypes,
} from "@/db/schema/values";
