/**
 * A country's timeline: its milestones on the day they happened, and, from the audit log, every change of a
 * step's status and every piece of evidence added, newest first.
 */
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { auditLog, countrySteps, evidence, milestones, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { evidenceVisibleTo } from "@/lib/sharing/visibility";
import { listMilestones } from "./milestone-list";
import { type StepTitle, stepTitlesById } from "./step-title";
import { countryFor } from "@/lib/countries/query-countries";

type StepRef = { stepId: string; stepTitle: StepTitle };

export type TimelineEntry = StepRef & { date: string; at: Date; who: string | null } & (
    | { kind: "milestone"; milestoneId: string; title: string; evidenceCount: number }
    | { kind: "status"; from: string | null; to: string; note: string | null }
    | { kind: "evidence"; milestoneId: string; title: string; evidenceKind: "link" | "file" }
  );

/** The newest entries; a country's whole process fits many times over. */
const timelineLimit = 300;

export async function getCountryTimeline(db: Queryable, actor: Actor, countryCode: unknown) {
  const country = await countryFor(db, actor, countryCode);

  const stepTitle = await stepTitlesById(db, eq(countrySteps.countryCode, country.code));
  const ref = (stepId: string): StepRef => ({ stepId, stepTitle: stepTitle.get(stepId) ?? "" });

  const [current, changes] = await Promise.all([
    listMilestones(db, actor, and(eq(milestones.countryCode, country.code), isNull(milestones.deletedAt))),
    db
      .select({ action: auditLog.action, entityId: auditLog.entityId, at: auditLog.at, who: users.name, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.countryCode, country.code), inArray(auditLog.action, ["step.status", "evidence.add"])))
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(timelineLimit),
  ]);
  const liveMilestones = new Map(current.map((milestone) => [milestone.id, milestone]));
  const evidenceAdded = changes.filter((change) => change.action === "evidence.add").map((change) => change.entityId);
  const liveEvidence = new Set(
    evidenceAdded.length
      ? (await db.select({ id: evidence.id }).from(evidence).where(and(inArray(evidence.id, evidenceAdded), isNull(evidence.deletedAt), evidenceVisibleTo(actor)))).map((row) => row.id)
      : [],
  );

  const entries: TimelineEntry[] = current.map((milestone) => ({
    kind: "milestone",
    ...ref(milestone.countryStepId),
    date: milestone.occurredOn,
    at: milestone.createdAt,
    who: milestone.authorName,
    milestoneId: milestone.id,
    title: milestone.title,
    evidenceCount: milestone.evidence.length,
  }));
  for (const change of changes) {
    const base = { date: change.at.toISOString().slice(0, 10), at: change.at, who: change.who };
    if (change.action === "step.status" && typeof change.after?.status === "string") {
      const note = (change.after.signOffNote ?? change.after.statusReason ?? null) as string | null;
      entries.push({ kind: "status", ...ref(change.entityId), ...base, from: (change.before?.status as string) ?? null, to: change.after.status, note });
    }
    const milestone = liveMilestones.get(String(change.after?.milestoneId));
    if (change.action === "evidence.add" && milestone && liveEvidence.has(change.entityId)) {
      const kind = change.after?.kind === "file" ? "file" : "link";
      entries.push({ kind: "evidence", ...ref(milestone.countryStepId), ...base, milestoneId: milestone.id, title: String(change.after?.title ?? ""), evidenceKind: kind });
    }
  }
  entries.sort((a, b) => b.date.localeCompare(a.date) || b.at.getTime() - a.at.getTime());
  return { country, entries: entries.slice(0, timelineLimit) };
}
