/** Lookups the progress use cases share: a country step, a milestone or an evidence item by id, with their country. */
import { and, count, eq, isNull, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/engine";
import { auditLog, countrySteps, evidence, frameworkSteps, milestones, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { invalid, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that is not a uuid names nothing: answer as for an unknown record, without asking the database. */
export const isRecordId = (value: string) => uuidPattern.test(value);

/** A record with a uuid id that is withdrawn by setting `deletedAt` (experiences, trainings, resources). */
type WithdrawableTable = PgTable & { id: PgColumn; deletedAt: PgColumn };

/** A record that is not withdrawn, by id (locked for the change with `lock`); NOT_FOUND otherwise, an id that is no uuid too. */
export async function findLive<Table extends WithdrawableTable>(db: Queryable, table: Table, id: string, { lock = false } = {}): Promise<Table["$inferSelect"]> {
  if (!isRecordId(id)) throw notFound();
  const query = db.select().from(table as PgTable).where(eq(table.id, id));
  const [row] = (lock ? await query.for("update") : await query) as Table["$inferSelect"][];
  if (!row || (row as { deletedAt: Date | null }).deletedAt) throw notFound();
  return row;
}

export type StepRecord = Awaited<ReturnType<typeof selectStep>>[number];

function selectStep(db: Queryable, countryStepId: string) {
  return db
    .select({
      id: countrySteps.id,
      countryCode: countrySteps.countryCode,
      frameworkStepId: countrySteps.frameworkStepId,
      status: countrySteps.status,
      statusReason: countrySteps.statusReason,
      signOffNote: countrySteps.signOffNote,
      nationalTitle: countrySteps.nationalTitle,
      nationalDescription: countrySteps.nationalDescription,
      version: countrySteps.version,
      requiresEvidence: sql<boolean>`coalesce(${frameworkSteps.requiresEvidence}, false)`,
    })
    .from(countrySteps)
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(eq(countrySteps.id, countryStepId));
}

/**
 * The step a form names. An unknown step, or one of another country than the page's, is the user's input
 * being wrong (a 422 with a message), not a missing page.
 */
export async function findStepForInput(db: Queryable, countryStepId: string, countryCode?: string): Promise<StepRecord> {
  const [step] = isRecordId(countryStepId) ? await selectStep(db, countryStepId) : [];
  if (!step || (countryCode !== undefined && step.countryCode !== countryCode.toUpperCase())) {
    throw invalid({ countryStepId: "progress.unknownStep" }, "progress.unknownStep");
  }
  return step;
}

export async function lockStep(db: Queryable, countryStepId: string): Promise<StepRecord> {
  const [step] = isRecordId(countryStepId) ? await selectStep(db, countryStepId).for("update", { of: countrySteps }) : [];
  if (!step) throw notFound();
  return step;
}

/** A country step the actor may do `action` to, locked for the change; NOT_FOUND / FORBIDDEN otherwise. */
export async function stepForChange(db: Queryable, actor: Actor, countryStepId: string, action: "step.update" | "step.tailor"): Promise<StepRecord> {
  const step = await lockStep(db, countryStepId);
  assertCan(actor, action, { countryCode: step.countryCode });
  return step;
}

export type MilestoneRecord = typeof milestones.$inferSelect;

export async function findMilestone(db: Queryable, milestoneId: string, options: { lock?: boolean } = {}): Promise<MilestoneRecord> {
  if (!isRecordId(milestoneId)) throw notFound();
  const query = db.select().from(milestones).where(eq(milestones.id, milestoneId));
  const [milestone] = options.lock ? await query.for("update") : await query;
  if (!milestone) throw notFound();
  return milestone;
}

/** A milestone (deleted ones too) the actor may do `action` to, locked for the change; NOT_FOUND / FORBIDDEN otherwise. */
export async function milestoneForChange(
  db: Queryable,
  actor: Actor,
  milestoneId: string,
  action: "milestone.edit" | "milestone.delete" | "milestone.restore",
): Promise<MilestoneRecord> {
  const milestone = await findMilestone(db, milestoneId, { lock: true });
  assertCan(actor, action, { countryCode: milestone.countryCode, authorId: milestone.authorId });
  return milestone;
}

/** Evidence that counts towards completing a step: not removed, on a milestone that is not deleted. */
export async function countStepEvidence(db: Queryable, countryStepId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(evidence)
    .innerJoin(milestones, eq(milestones.id, evidence.milestoneId))
    .where(and(eq(milestones.countryStepId, countryStepId), isNull(milestones.deletedAt), isNull(evidence.deletedAt)));
  return row?.total ?? 0;
}

/** Who last changed a record and when (ISO), from the audit log: what a conflict notice shows beside the newer version. */
export async function lastChangeOf(db: Queryable, entityType: string, entityId: string): Promise<{ changedBy: string | null; changedAt: string | null }> {
  const [row] = await db
    .select({ by: users.name, at: auditLog.at })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(sql`${auditLog.at} desc, ${auditLog.id} desc`)
    .limit(1);
  return { changedBy: row?.by ?? null, changedAt: row?.at?.toISOString() ?? null };
}
