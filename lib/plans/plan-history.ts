/**
 * The history of a country's plan, from the audit log (decision 0103): step plans set, planned milestones added,
 * edited, withdrawn, restored and logged, baselines saved, withdrawn and restored; newest first, a counted page
 * at a time. A planned milestone the reader may not read (the sharing rule) leaves no entry.
 */
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { auditLog, countrySteps, planBaselines, plannedMilestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import type { CountedPage } from "@/lib/paging";
import { assertCan } from "@/lib/permissions";
import { type HistoryEntry, readHistory } from "@/lib/progress/list-history";
import { type StepTitle, stepTitlesById } from "@/lib/progress/step-title";
import { plannedMilestoneVisibleTo } from "@/lib/sharing/visibility";
import { countryCodeSchema } from "@/lib/validation/countries";
import { planBaselineEntity, plannedMilestoneEntity, stepPlanEntity } from "./plan-records";

/** An entry, with the step it is about (a step plan's, a planned milestone's; null for a baseline). */
export type PlanHistoryEntry = HistoryEntry & { step: StepTitle | null };

export async function getPlanHistory(db: Queryable, actor: Actor, input: { countryCode: unknown; page?: unknown }): Promise<CountedPage<PlanHistoryEntry>> {
  const code = countryCodeSchema.safeParse(input.countryCode);
  if (!code.success) throw notFound();
  assertCan(actor, "country.read", { countryCode: code.data });
  const visibleMilestones = sql`(select ${plannedMilestones.id}::text from ${plannedMilestones}
    where ${plannedMilestones.countryCode} = ${code.data} and ${plannedMilestoneVisibleTo(actor)})`;
  const history = await readHistory(
    db,
    code.data,
    or(
      inArray(auditLog.entityType, [stepPlanEntity, planBaselineEntity]),
      and(eq(auditLog.entityType, plannedMilestoneEntity), sql`${auditLog.entityId} in ${visibleMilestones}`),
    ),
    input.page,
  );

  const idsOf = (type: string) => [...new Set(history.rows.filter((entry) => entry.entityType === type).map((entry) => entry.entityId))];
  const [milestoneRows, baselineRows] = await Promise.all([
    idsOf(plannedMilestoneEntity).length
      ? db
          .select({ id: plannedMilestones.id, title: plannedMilestones.title, countryStepId: plannedMilestones.countryStepId })
          .from(plannedMilestones)
          .where(inArray(plannedMilestones.id, idsOf(plannedMilestoneEntity)))
      : [],
    idsOf(planBaselineEntity).length
      ? db.select({ id: planBaselines.id, name: planBaselines.name }).from(planBaselines).where(inArray(planBaselines.id, idsOf(planBaselineEntity)))
      : [],
  ]);
  const stepIds = [...new Set([...idsOf(stepPlanEntity), ...milestoneRows.map((row) => row.countryStepId)])];
  const titles = stepIds.length ? await stepTitlesById(db, inArray(countrySteps.id, stepIds)) : new Map<string, StepTitle>();
  const milestonesById = new Map(milestoneRows.map((row) => [row.id, row]));
  const baselineNames = new Map(baselineRows.map((row) => [row.id, row.name]));

  return {
    ...history,
    rows: history.rows.map((entry) => {
      if (entry.entityType === stepPlanEntity) return { ...entry, subject: null, step: titles.get(entry.entityId) ?? null };
      if (entry.entityType === plannedMilestoneEntity) {
        const planned = milestonesById.get(entry.entityId);
        return { ...entry, subject: planned?.title ?? null, step: planned ? (titles.get(planned.countryStepId) ?? null) : null };
      }
      return { ...entry, subject: baselineNames.get(entry.entityId) ?? null, step: null };
    }),
  };
}
