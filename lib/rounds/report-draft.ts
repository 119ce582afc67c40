/**
 * A country report drafted from its period's data (decision 2010): step status changes, milestones, support
 * transactions, needs opened and answered, indicator values whose period overlaps. Each item says whether it is
 * shared with all; `draftForReader` keeps what the sharing rule lets the reader see, for the live draft and for
 * the snapshot frozen at submission alike.
 */
import { and, asc, eq, gte, isNull, lte, sql } from "drizzle-orm";
import { type Queryable, readEach } from "@/db/engine";
import {
  agencies,
  auditLog,
  countryIndicators,
  countrySteps,
  indicators,
  indicatorValues,
  type LocalizedText,
  milestones,
  needSupportLinks,
  supportEntries,
  supportNeeds,
  supportTransactions,
} from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { type StepTitle, stepTitlesById } from "@/lib/progress/step-title";
import { canReadUnshared } from "@/lib/sharing/visibility";
import { normalizeAmount } from "@/lib/support/money";
import { normalizeFigure } from "@/lib/validation/results";

export type ReportPeriod = { periodStart: string; periodEnd: string };

export type DraftStatusChange = { countryStepId: string; stepTitle: StepTitle | null; from: string | null; to: string | null; on: string; shared: true };
export type DraftMilestone = { id: string; countryStepId: string; stepTitle: StepTitle | null; title: string; occurredOn: string; shared: boolean };
export type DraftTransaction = { id: string; supportEntryId: string; entryTitle: string; agency: string; type: string; amount: string; currency: string; occurredOn: string; shared: true };
export type DraftNeed = { id: string; description: string; kind: string; priority: string; on: string; shared: true };
export type DraftAnswer = { needId: string; description: string; supportEntryId: string; entryTitle: string; on: string; shared: true };
export type DraftIndicatorValue = { id: string; code: string; name: LocalizedText; period: string; sex: string; value: string; shared: boolean };

/** What a report draws from its period; stored as is in `country_reports.snapshot` at submission. */
export type ReportDraft = {
  drawnAt: string;
  statusChanges: DraftStatusChange[];
  milestones: DraftMilestone[];
  transactions: DraftTransaction[];
  needsOpened: DraftNeed[];
  needsAnswered: DraftAnswer[];
  indicatorValues: DraftIndicatorValue[];
};

/** A timestamp's UTC day falls in the period (ends included). */
const dayWithin = (column: typeof auditLog.at | typeof supportNeeds.createdAt | typeof needSupportLinks.createdAt, period: ReportPeriod) =>
  sql`(${column} at time zone 'UTC')::date between ${period.periodStart}::date and ${period.periodEnd}::date`;
const dayOf = (column: typeof auditLog.at | typeof supportNeeds.createdAt | typeof needSupportLinks.createdAt) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`;

/**
 * Everything of the country's period, shared or not: called only for a reader already allowed to read the report
 * (then filtered by `draftForReader`), or at submission by the country's working group.
 */
export async function draftFromPeriod(db: Queryable, countryCode: string, period: ReportPeriod, now = new Date()): Promise<ReportDraft> {
  // Inside submitReport's transaction one after another (`readEach`).
  const [statusRows, milestoneRows, transactionRows, needRows, answerRows, valueRows] = await readEach(db, [
    () =>
      db
        .select({ stepId: auditLog.entityId, before: auditLog.before, after: auditLog.after, on: dayOf(auditLog.at) })
        .from(auditLog)
        .where(and(eq(auditLog.action, "step.status"), eq(auditLog.entityType, "country_step"), eq(auditLog.countryCode, countryCode), dayWithin(auditLog.at, period)))
        .orderBy(asc(auditLog.id)),
    () =>
      db
        .select({ id: milestones.id, countryStepId: milestones.countryStepId, title: milestones.title, occurredOn: milestones.occurredOn, sharingLevel: milestones.sharingLevel })
        .from(milestones)
        .where(and(eq(milestones.countryCode, countryCode), isNull(milestones.deletedAt), gte(milestones.occurredOn, period.periodStart), lte(milestones.occurredOn, period.periodEnd)))
        .orderBy(asc(milestones.occurredOn), asc(milestones.createdAt)),
    () =>
      db
        .select({
          id: supportTransactions.id,
          supportEntryId: supportEntries.id,
          entryTitle: supportEntries.title,
          agency: agencies.acronym,
          type: supportTransactions.type,
          amount: supportTransactions.amount,
          currency: supportTransactions.currency,
          occurredOn: supportTransactions.occurredOn,
        })
        .from(supportTransactions)
        .innerJoin(supportEntries, eq(supportEntries.id, supportTransactions.supportEntryId))
        .innerJoin(agencies, eq(agencies.id, supportEntries.agencyId))
        .where(
          and(
            eq(supportEntries.countryCode, countryCode),
            isNull(supportEntries.deletedAt),
            isNull(supportTransactions.deletedAt),
            gte(supportTransactions.occurredOn, period.periodStart),
            lte(supportTransactions.occurredOn, period.periodEnd),
          ),
        )
        .orderBy(asc(supportTransactions.occurredOn), asc(supportTransactions.createdAt)),
    () =>
      db
        .select({ id: supportNeeds.id, description: supportNeeds.description, kind: supportNeeds.kind, priority: supportNeeds.priority, on: dayOf(supportNeeds.createdAt) })
        .from(supportNeeds)
        .where(and(eq(supportNeeds.countryCode, countryCode), isNull(supportNeeds.deletedAt), dayWithin(supportNeeds.createdAt, period)))
        .orderBy(asc(supportNeeds.createdAt)),
    () =>
      db
        .select({ needId: supportNeeds.id, description: supportNeeds.description, supportEntryId: supportEntries.id, entryTitle: supportEntries.title, on: dayOf(needSupportLinks.createdAt) })
        .from(needSupportLinks)
        .innerJoin(supportNeeds, eq(supportNeeds.id, needSupportLinks.needId))
        .innerJoin(supportEntries, eq(supportEntries.id, needSupportLinks.supportEntryId))
        .where(and(eq(supportNeeds.countryCode, countryCode), isNull(supportNeeds.deletedAt), isNull(supportEntries.deletedAt), dayWithin(needSupportLinks.createdAt, period)))
        .orderBy(asc(needSupportLinks.createdAt)),
    () =>
      db
        .select({
          id: indicatorValues.id,
          code: indicators.code,
          name: indicators.name,
          period: indicatorValues.period,
          sex: indicatorValues.sex,
          value: indicatorValues.value,
          sharingLevel: countryIndicators.sharingLevel,
        })
        .from(indicatorValues)
        .innerJoin(countryIndicators, eq(countryIndicators.id, indicatorValues.countryIndicatorId))
        .innerJoin(indicators, eq(indicators.id, countryIndicators.indicatorId))
        .where(
          and(
            eq(countryIndicators.countryCode, countryCode),
            isNull(countryIndicators.deletedAt),
            isNull(indicatorValues.deletedAt),
            eq(indicatorValues.status, "accepted"),
            lte(indicatorValues.periodStart, period.periodEnd),
            gte(indicatorValues.periodEnd, period.periodStart),
          ),
        )
        .orderBy(asc(indicators.code), asc(indicatorValues.periodStart), asc(indicatorValues.sex)),
  ]);
  const titles = await stepTitlesById(db, eq(countrySteps.countryCode, countryCode));
  const statusOf = (snapshot: Record<string, unknown> | null) => (typeof snapshot?.status === "string" ? snapshot.status : null);
  return {
    drawnAt: now.toISOString(),
    statusChanges: statusRows.map((row) => ({
      countryStepId: row.stepId,
      stepTitle: titles.get(row.stepId) ?? null,
      from: statusOf(row.before),
      to: statusOf(row.after),
      on: row.on,
      shared: true,
    })),
    milestones: milestoneRows.map(({ sharingLevel, ...row }) => ({ ...row, stepTitle: titles.get(row.countryStepId) ?? null, shared: sharingLevel === "all" })),
    transactions: transactionRows.map((row) => ({ ...row, amount: normalizeAmount(row.amount), shared: true })),
    needsOpened: needRows.map((row) => ({ ...row, shared: true })),
    needsAnswered: answerRows.map((row) => ({ ...row, shared: true })),
    indicatorValues: valueRows.map(({ sharingLevel, ...row }) => ({ ...row, value: normalizeFigure(row.value), shared: sharingLevel === "all" })),
  };
}

/**
 * The draft as the reader may see it: everything for the country's working group and coordinators, the shared
 * items only for others (milestones and indicators kept to the working group), with how many were left out.
 */
export function draftForReader(draft: ReportDraft, actor: Actor, countryCode: string): ReportDraft & { keptFromReader: number } {
  if (canReadUnshared(actor, countryCode)) return { ...draft, keptFromReader: 0 };
  const kept = (items: { shared: boolean }[]) => items.filter((item) => item.shared);
  const milestonesShown = kept(draft.milestones) as DraftMilestone[];
  const valuesShown = kept(draft.indicatorValues) as DraftIndicatorValue[];
  return {
    ...draft,
    milestones: milestonesShown,
    indicatorValues: valuesShown,
    keptFromReader: draft.milestones.length - milestonesShown.length + draft.indicatorValues.length - valuesShown.length,
  };
}

