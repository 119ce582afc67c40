/**
 * The history of a step or of a milestone, from the audit log: who changed what and when, with the old and
 * new value of each changed field, named by the person rather than an id, newest first, a counted page at a
 * time. Milestones and evidence the reader may not see (lib/sharing/visibility.ts) leave no entry.
 */
import { and, count, desc, eq, inArray, or, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { auditLog, evidence, milestones, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { countryCodeSchema } from "@/lib/validation/countries";
import { evidenceVisibleTo, milestoneVisibleTo } from "@/lib/sharing/visibility";
import { type CountedPage, pageNumberOf, pageWindow } from "@/lib/paging";
import { isRecordId } from "./records";

export type HistoryChange = { field: string; before: unknown; after: unknown };

export type HistoryEntry = {
  id: number;
  at: Date;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** What a milestone or an evidence item is called now; null for the step itself. */
  subject: string | null;
  changes: HistoryChange[];
};

/** Entries on one page of a history: a step edited a few dozen times stays within a screen or two. */
export const historyPageSize = 20;

/** Fields that say where a record belongs rather than what it says. */
const structuralFields = new Set(["countryStepId", "milestoneId"]);

function changesOf(before: Record<string, unknown> | null, after: Record<string, unknown> | null): HistoryChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((field) => !structuralFields.has(field));
  return fields.map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}

/**
 * One counted page of a country's audit entries that `entities` selects, newest first (the scheme history reads it
 * too); with `countryCode` null, of records of no country (an exchange rate), found by `entities` alone.
 */
export async function readHistory(db: Queryable, countryCode: string | null, entities: SQL | undefined, requestedPage: unknown): Promise<CountedPage<HistoryEntry>> {
  const where = and(countryCode === null ? undefined : eq(auditLog.countryCode, countryCode), entities);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(auditLog).where(where);
  const { page, pageCount, offset, limit } = pageWindow(total, pageNumberOf(requestedPage), historyPageSize);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorName: users.name,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .offset(offset);

  const idsOf = (type: string) => rows.filter((row) => row.entityType === type).map((row) => row.entityId);
  const [milestoneTitles, evidenceTitles] = await Promise.all([
    idsOf("milestone").length
      ? db.select({ id: milestones.id, title: milestones.title }).from(milestones).where(inArray(milestones.id, idsOf("milestone")))
      : [],
    idsOf("evidence").length
      ? db.select({ id: evidence.id, title: evidence.title }).from(evidence).where(inArray(evidence.id, idsOf("evidence")))
      : [],
  ]);
  const subjects = new Map([...milestoneTitles, ...evidenceTitles].map((row) => [row.id, row.title]));
  const entries = rows.map(({ before, after, ...row }) => ({ ...row, subject: subjects.get(row.entityId) ?? null, changes: changesOf(before, after) }));
  return { rows: entries, total, page, pageSize: historyPageSize, pageCount };
}

function parseScope(actor: Actor, countryCode: unknown, id: unknown): { code: string; id: string } {
  const code = countryCodeSchema.safeParse(countryCode);
  if (!code.success || typeof id !== "string" || !isRecordId(id)) throw notFound();
  assertCan(actor, "country.read", { countryCode: code.data });
  return { code: code.data, id };
}

/** The step's own changes, and those of its milestones and their evidence, deleted ones included. */
export async function listStepHistory(db: Queryable, actor: Actor, input: { countryCode: unknown; countryStepId: unknown; page?: unknown }) {
  const { code, id } = parseScope(actor, input.countryCode, input.countryStepId);
  const milestoneIds = (
    await db
      .select({ id: milestones.id })
      .from(milestones)
      .where(and(eq(milestones.countryStepId, id), eq(milestones.countryCode, code), milestoneVisibleTo(actor)))
  ).map((row) => row.id);
  const evidenceIds = milestoneIds.length
    ? (await db.select({ id: evidence.id }).from(evidence).where(and(inArray(evidence.milestoneId, milestoneIds), evidenceVisibleTo(actor)))).map((row) => row.id)
    : [];
  return readHistory(
    db,
    code,
    or(
      and(eq(auditLog.entityType, "country_step"), eq(auditLog.entityId, id)),
      milestoneIds.length ? and(eq(auditLog.entityType, "milestone"), inArray(auditLog.entityId, milestoneIds)) : undefined,
      evidenceIds.length ? and(eq(auditLog.entityType, "evidence"), inArray(auditLog.entityId, evidenceIds)) : undefined,
    ),
    input.page,
  );
}

export async function listMilestoneHistory(db: Queryable, actor: Actor, input: { countryCode: unknown; milestoneId: unknown; page?: unknown }) {
  const { code, id } = parseScope(actor, input.countryCode, input.milestoneId);
  const [visible] = await db.select({ id: milestones.id }).from(milestones).where(and(eq(milestones.id, id), milestoneVisibleTo(actor)));
  if (!visible) throw notFound();
  const evidenceIds = (
    await db.select({ id: evidence.id }).from(evidence).where(and(eq(evidence.milestoneId, id), evidenceVisibleTo(actor)))
  ).map((row) => row.id);
  return readHistory(
    db,
    code,
    or(
      and(eq(auditLog.entityType, "milestone"), eq(auditLog.entityId, id)),
      evidenceIds.length ? and(eq(auditLog.entityType, "evidence"), inArray(auditLog.entityId, evidenceIds)) : undefined,
    ),
    input.page,
  );
}
