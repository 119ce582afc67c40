/**
 * Each country step's figures as one reader sees them: the sums over the sharing levels they may read of what the
 * database keeps current with every write (`step_figures`, decision 2420), so a page costs its steps, not their
 * history. Today's view only: "as of" a past day is rebuilt from the history (lib/matrix/matrix-sql.ts).
 */
import { inArray, type SQL, sql } from "drizzle-orm";
import { type Queryable, queryRows } from "@/db/engine";
import { stepFigures } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { stepFiguresVisibleTo } from "@/lib/sharing/visibility";

export type StepFigures = {
  /** Live milestones the reader may read. */
  milestones: number;
  /** The newest `updated_at` among those milestones. */
  milestonesUpdatedAt: Date | null;
  /** The newest `updated_at` among every milestone of the step the reader may read, withdrawn ones too. */
  milestonesChangedAt: Date | null;
  /** Live evidence the reader may read on those live milestones, and when the newest of it was added. */
  evidence: number;
  evidenceAddedAt: Date | null;
  /** Live support entries that target the step (everyone reads support), and the newest `updated_at` among them. */
  supportEntries: number;
  supportUpdatedAt: Date | null;
};

export const noFigures: StepFigures = {
  milestones: 0,
  milestonesUpdatedAt: null,
  milestonesChangedAt: null,
  evidence: 0,
  evidenceAddedAt: null,
  supportEntries: 0,
  supportUpdatedAt: null,
};

/**
 * The reader's figures per country step, as SQL to select from: one row per step with a row of figures (none for a
 * step nothing was ever written to), columns as in `StepFigures`, snake_cased, keyed by `country_step_id`.
 */
export function stepFiguresSql(actor: Actor, where?: SQL): SQL {
  return sql`
    select country_step_id,
           sum(milestones)::int as milestones, max(milestones_updated_at) as milestones_updated_at,
           max(milestones_changed_at) as milestones_changed_at,
           sum(evidence)::int as evidence, max(evidence_added_at) as evidence_added_at,
           sum(support_entries)::int as support_entries, max(support_updated_at) as support_updated_at
      from step_figures
     where (${stepFiguresVisibleTo(actor)})${where ? sql` and (${where})` : sql``}
     group by country_step_id`;
}

type FiguresRow = {
  country_step_id: string;
  milestones: number;
  milestones_updated_at: Date | string | null;
  milestones_changed_at: Date | string | null;
  evidence: number;
  evidence_added_at: Date | string | null;
  support_entries: number;
  support_updated_at: Date | string | null;
};

const asDate = (value: Date | string | null) => (value === null ? null : new Date(value));

/** The reader's figures of these steps, by step id; a step without figures reads as `noFigures`. */
export async function readStepFigures(db: Queryable, actor: Actor, countryStepIds: string[]): Promise<Map<string, StepFigures>> {
  const figures = new Map<string, StepFigures>();
  if (countryStepIds.length === 0) return figures;
  const rows = await queryRows<FiguresRow>(db, stepFiguresSql(actor, inArray(stepFigures.countryStepId, countryStepIds)));
  for (const row of rows) {
    figures.set(row.country_step_id, {
      milestones: Number(row.milestones),
      milestonesUpdatedAt: asDate(row.milestones_updated_at),
      milestonesChangedAt: asDate(row.milestones_changed_at),
      evidence: Number(row.evidence),
      evidenceAddedAt: asDate(row.evidence_added_at),
      supportEntries: Number(row.support_entries),
      supportUpdatedAt: asDate(row.support_updated_at),
    });
  }
  return figures;
}
