/** A country report's history: every save, submission, return, acceptance and reopening, with who and why, newest first. */
import { and, desc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { auditLog, countryReports, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import * as z from "zod/mini";
import { assertMayReadReport } from "./report-readers";
import { reportEntity } from "./round-records";

/** Bounded, as the other histories are (decision 0103): a report changes a few dozen times at most. */
const historyLimit = 500;

export async function getReportHistory(db: Queryable, actor: Actor, reportId: unknown) {
  const id = parseInput(z.uuid({ message: "validation.invalid" }), reportId);
  const [report] = await db.select({ countryCode: countryReports.countryCode, status: countryReports.status }).from(countryReports).where(eq(countryReports.id, id));
  if (!report) throw notFound();
  await assertMayReadReport(db, actor, report.countryCode, report.status);
  return db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, actorName: users.name, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, reportEntity), eq(auditLog.entityId, id)))
    .orderBy(desc(auditLog.id))
    .limit(historyLimit);
}
