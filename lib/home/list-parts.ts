/** What every list of the home is made of: its item and list types, its context, and the helpers its queries share. */
import { inArray, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/engine";
import type { LocalizedText } from "@/db/schema";
import type { CountryReportStatus, needKinds, priorities, stepStatuses, technicalCategories } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import type { ActionScope } from "@/lib/permissions";
import type { StepTitle } from "@/lib/progress/step-title";
import type { HomeItemKind, homeSubjects } from "./item-kinds";

export type HomeItem = {
  subject: (typeof homeSubjects)[number];
  id: string;
  /** Null for a reporting round, which is no one country's. */
  countryCode: string | null;
  countryName: LocalizedText | null;
  /** The step the item belongs to (or is); null for a country, or a support entry that targets no step. */
  stepTitle: StepTitle | null;
  /** A milestone's or support entry's title, a need's description, an assessment item's statement; null for steps and countries. */
  title: string | null;
  stepStatus: (typeof stepStatuses)[number] | null;
  needKind: (typeof needKinds)[number] | null;
  technicalCategory: (typeof technicalCategories)[number] | null;
  priority: (typeof priorities)[number] | null;
  /** A financial entry's amount, exact as stored, with its currency. */
  amount: string | null;
  currency: string | null;
  /**
   * Since when the item waits: a step's last change or milestone, when changes were requested or review began,
   * when a need or entry was recorded, a country's last update; null when there never was one.
   */
  since: Date | null;
  /** A report's or round's due date ("2026-03-31"). */
  dueOn: string | null;
  /** Where a country's report for a round stands; "not_started" until its working group first saves it. */
  reportStatus: CountryReportStatus | "not_started" | null;
  /** A round's reports: how many it asks for, and how many are accepted, submitted, and still to send. */
  reportCounts: { expected: number; accepted: number; submitted: number; outstanding: number } | null;
  /** The page inside Socle where the person acts on it. */
  link: string;
};

export type HomeList = { kind: HomeItemKind; count: number; items: HomeItem[] };

export type ListContext = { db: Queryable; actor: Actor; scope: ActionScope; limit: number };
export type ListRead = (context: ListContext) => Promise<Omit<HomeList, "kind">>;

export const blankItem = {
  stepTitle: null,
  title: null,
  stepStatus: null,
  needKind: null,
  technicalCategory: null,
  priority: null,
  amount: null,
  currency: null,
  since: null,
  dueOn: null,
  reportStatus: null,
  reportCounts: null,
} satisfies Partial<HomeItem>;

/** Counted beside the rows, so a list costs one query. */
export const total = sql<number>`count(*) over ()`.mapWith(Number);

export const daysAgo = (days: number) => sql`now() - make_interval(days => ${days})`;

/** Rows in the scope's countries; none when the scope names no country. */
export function inCountries(scope: ActionScope, column: AnyPgColumn): SQL | undefined {
  if (scope === "any") return undefined;
  return scope.countryCodes.length ? inArray(column, scope.countryCodes) : sql`false`;
}

/** Rows of the scope's agencies; none when the scope names no agency. */
export function ofAgencies(scope: ActionScope, column: AnyPgColumn): SQL | undefined {
  if (scope === "any") return undefined;
  return scope.agencyIds.length ? inArray(column, scope.agencyIds) : sql`false`;
}

export function counted<Row extends { total: number }>(rows: Row[], item: (row: Row) => HomeItem): Omit<HomeList, "kind"> {
  return { count: rows[0]?.total ?? 0, items: rows.map(item) };
}

