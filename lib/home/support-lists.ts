/** The home's lists of support: needs without support, and financial entries whose amount counts for nothing yet. */
import { and, asc, eq, isNull, notExists, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, countrySteps, frameworkSteps, needSupportLinks, supportEntries, supportNeeds } from "@/db/schema";
import { stepTitle, type StepTitle } from "@/lib/progress/step-title";
import { blankItem, counted, type HomeList, type ListContext, ofAgencies, total } from "./list-parts";

const needLink = (countryCode: string, id: string) => `/countries/${countryCode}/support#need-${id}`;

/** A need is answered while a live support entry is linked to it. */
export const needUnanswered = (db: Queryable) =>
  notExists(
    db
      .select({ one: sql`1` })
      .from(needSupportLinks)
      .innerJoin(supportEntries, eq(supportEntries.id, needSupportLinks.supportEntryId))
      .where(and(eq(needSupportLinks.needId, supportNeeds.id), isNull(supportEntries.deletedAt))),
  );

/** Live needs without support in some condition: the most urgent first, then the oldest. */
export async function needItems(context: ListContext, condition: SQL | undefined): Promise<Omit<HomeList, "kind">> {
  const rows = await context.db
    .select({
      id: supportNeeds.id,
      countryCode: supportNeeds.countryCode,
      countryName: countries.name,
      stepTitle,
      description: supportNeeds.description,
      kind: supportNeeds.kind,
      technicalCategory: supportNeeds.technicalCategory,
      priority: supportNeeds.priority,
      since: supportNeeds.createdAt,
      total,
    })
    .from(supportNeeds)
    .innerJoin(countries, eq(countries.code, supportNeeds.countryCode))
    .innerJoin(countrySteps, eq(countrySteps.id, supportNeeds.countryStepId))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(and(isNull(supportNeeds.deletedAt), needUnanswered(context.db), condition))
    // The enum's order: high, medium, low.
    .orderBy(asc(supportNeeds.priority), asc(supportNeeds.createdAt), asc(supportNeeds.id))
    .limit(context.limit);
  return counted(rows, (row) => ({
    ...blankItem,
    subject: "support_need",
    id: row.id,
    countryCode: row.countryCode,
    countryName: row.countryName,
    stepTitle: row.stepTitle,
    title: row.description,
    needKind: row.kind,
    technicalCategory: row.technicalCategory,
    priority: row.priority,
    since: row.since,
    link: needLink(row.countryCode, row.id),
  }));
}

/** Live financial entries without a live transaction (their amount counts for nothing yet), the oldest first. */
export async function entriesWithoutTransactions(context: ListContext): Promise<Omit<HomeList, "kind">> {
  const { db, scope } = context;
  const rows = await db
    .select({
      id: supportEntries.id,
      countryCode: supportEntries.countryCode,
      countryName: countries.name,
      stepTitle: sql<StepTitle | null>`case when ${countrySteps.id} is null then null else ${stepTitle} end`,
      title: supportEntries.title,
      amount: supportEntries.amount,
      currency: supportEntries.currency,
      since: supportEntries.createdAt,
      total,
    })
    .from(supportEntries)
    .innerJoin(countries, eq(countries.code, supportEntries.countryCode))
    .leftJoin(countrySteps, eq(countrySteps.id, supportEntries.countryStepId))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(
      and(
        ofAgencies(scope, supportEntries.agencyId),
        isNull(supportEntries.deletedAt),
        eq(supportEntries.kind, "financial"),
        // Kept by the database with every write of transactions (decision 2510): the index of these entries alone.
        eq(supportEntries.hasLiveTransaction, false),
      ),
    )
    .orderBy(asc(supportEntries.createdAt), asc(supportEntries.id))
    .limit(context.limit);
  return counted(rows, (row) => ({
    ...blankItem,
    subject: "support_entry",
    id: row.id,
    countryCode: row.countryCode,
    countryName: row.countryName,
    stepTitle: row.stepTitle,
    title: row.title,
    amount: row.amount,
    currency: row.currency,
    since: row.since,
    link: `/support/${row.id}`,
  }));
}

