/**
 * The kinds of item a home lists, by the role whose section holds them, in the order the home shows them.
 * Free of the database, so that the page, the API's description and the query schema share the one list.
 */
import type { Role } from "@/db/schema/values";

export const homeItemKindsByRole = {
  working_group_member: ["reportsDue", "changesRequested", "stalledSteps", "nextSteps", "needsWithoutSupport"],
  agency_adviser: ["unansweredNeeds", "entriesWithoutTransactions"],
  reviewer: ["awaitingReview", "completedUnreviewed"],
  coordinator: ["openRounds", "quietCountries", "completedWithoutEvidence", "financialWithoutTransactions", "needsOpenOverYear"],
} as const satisfies Record<Role, readonly string[]>;

export type HomeRole = keyof typeof homeItemKindsByRole;
export type HomeItemKind = (typeof homeItemKindsByRole)[HomeRole][number];

/** The order of the sections, for someone who holds several roles. */
export const homeRoles = ["working_group_member", "agency_adviser", "reviewer", "coordinator"] as const satisfies readonly HomeRole[];

export const homeItemKinds = homeRoles.flatMap((role) => homeItemKindsByRole[role]) as [HomeItemKind, ...HomeItemKind[]];

/** How many items of each kind the home shows, and how many "see all" shows (the list is bounded either way). */
export const homeListLength = 5;
export const homeExpandedLength = 100;

/** What an item is: it says which page acts on it. */
export const homeSubjects = ["country", "country_step", "milestone", "support_need", "support_entry", "assessment_item", "country_report", "reporting_round"] as const;

/** A step in progress with no milestone for this many days has stalled; a country with no update for as long has gone quiet. */
export const quietDays = 90;
/** A need without support for this long is flagged to coordinators. */
export const oldNeedDays = 365;
