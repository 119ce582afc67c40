/**
 * A country's timeline: its milestones on the day they happened, and, from the audit log, every change of a
 * step's status and every piece of evidence added, newest first, a counted page at a time. The three kinds are
 * one query (a union, ordered and paged in SQL), so a page costs its own rows and the total is exact.
 */
import { eq, type SQL, sql } from "drizzle-orm";
import { type Queryable, queryRows } from "@/db/engine";
import { auditLog, countrySteps, evidence, milestones, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { countryFor } from "@/lib/countries/query-countries";
import { type CountedPage, pageNumberOf, pageWindow } from "@/lib/paging";
import { evidenceVisibleTo, milestoneVisibleTo } from "@/lib/sharing/visibility";
import { type StepTitle, stepTitlesById } from "./step-title";

type StepRef = { stepId: string; stepTitle: StepTitle };

export type TimelineEntry = StepRef & { date: string; at: Date; who: string | null } & (
    | { kind: "milestone"; milestoneId: string; title: string; evidenceCount: number }
    | { kind: "status"; from: string | null; to: string; note: string | null }
    | { kind: "evidence"; milestoneId: string; title: string; evidenceKind: "link" | "file" }
  );

/** Entries on one page of the timeline: about a screenful of days. */
export const timelinePageSize = 50;

type TimelineRow = {
  kind: TimelineEntry["kind"];
  day: string;
  at: Date | string;
  step_id: string;
  milestone_id: string | null;
  title: string | null;
  who: string | null;
  evidence_count: number | null;
  status_from: string | null;
  status_to: string | null;
  note: string | null;
  evidence_kind: string | null;
};

/**
 * Every entry of the country the actor may read, as rows of one shape; status changes and evidence dated by the
 * day (UTC) they were recorded. Changes written in one transaction share their time: the audit order (seq) parts them.
 */
function timelineEntries(actor: Actor, countryCode: string): SQL {
  const recordedOn = sql`to_char(${auditLog.at} at time zone 'UTC', 'YYYY-MM-DD')`;
  return sql`
    select 'milestone' as kind, to_char(${milestones.occurredOn}, 'YYYY-MM-DD') as day, ${milestones.createdAt} as at, 0::bigint as seq, ${milestones.id}::text as sort_key,
      ${milestones.countryStepId}::text as step_id, ${milestones.id}::text as milestone_id, ${milestones.title} as title, ${users.name} as who,
      (select count(*) from ${evidence} where ${evidence.milestoneId} = ${milestones.id} and ${evidence.deletedAt} is null and ${evidenceVisibleTo(actor)})::int as evidence_count,
      null::text as status_from, null::text as status_to, null::text as note, null::text as evidence_kind
    from ${milestones} left join ${users} on ${users.id} = ${milestones.authorId}
    where ${milestones.countryCode} = ${countryCode} and ${milestones.deletedAt} is null and ${milestoneVisibleTo(actor)}
    union all
    select 'status', ${recordedOn}, ${auditLog.at}, ${auditLog.id}, ${auditLog.id}::text,
      ${auditLog.entityId}, null, null, ${users.name},
      null, ${auditLog.before}->>'status', ${auditLog.after}->>'status', coalesce(${auditLog.after}->>'signOffNote', ${auditLog.after}->>'statusReason'), null
    from ${auditLog} left join ${users} on ${users.id} = ${auditLog.actorId}
    where ${auditLog.countryCode} = ${countryCode} and ${auditLog.action} = 'step.status' and ${auditLog.after}->>'status' is not null
    union all
    select 'evidence', ${recordedOn}, ${auditLog.at}, ${auditLog.id}, ${auditLog.id}::text,
      ${milestones.countryStepId}::text, ${milestones.id}::text, coalesce(${auditLog.after}->>'title', ''), ${users.name},
      null, null, null, null, case when ${auditLog.after}->>'kind' = 'file' then 'file' else 'link' end
    from ${auditLog}
      join ${evidence} on ${evidence.id}::text = ${auditLog.entityId}
      join ${milestones} on ${milestones.id} = ${evidence.milestoneId}
      left join ${users} on ${users.id} = ${auditLog.actorId}
    where ${auditLog.countryCode} = ${countryCode} and ${auditLog.action} = 'evidence.add'
      and ${evidence.deletedAt} is null and ${evidenceVisibleTo(actor)} and ${milestones.deletedAt} is null and ${milestoneVisibleTo(actor)}`;
}

export async function getCountryTimeline(db: Queryable, actor: Actor, countryCode: unknown, input: { page?: unknown } = {}) {
  const country = await countryFor(db, actor, countryCode);
  const entries = timelineEntries(actor, country.code);
  const [[counted], stepTitle] = await Promise.all([
    queryRows<{ total: number }>(db, sql`select count(*)::int as total from (${entries}) as timeline`),
    stepTitlesById(db, eq(countrySteps.countryCode, country.code)),
  ]);
  const total = Number(counted?.total ?? 0);
  const { page, pageCount, offset, limit } = pageWindow(total, pageNumberOf(input.page), timelinePageSize);
  const rows = await queryRows<TimelineRow>(
    db,
    sql`select * from (${entries}) as timeline order by day desc, at desc, seq desc, sort_key desc limit ${limit} offset ${offset}`,
  );

  const timeline: TimelineEntry[] = rows.map((row) => {
    const base = { stepId: row.step_id, stepTitle: stepTitle.get(row.step_id) ?? "", date: row.day, at: new Date(row.at), who: row.who };
    if (row.kind === "milestone") return { ...base, kind: "milestone", milestoneId: row.milestone_id!, title: row.title ?? "", evidenceCount: Number(row.evidence_count ?? 0) };
    if (row.kind === "status") return { ...base, kind: "status", from: row.status_from, to: row.status_to!, note: row.note };
    return { ...base, kind: "evidence", milestoneId: row.milestone_id!, title: row.title ?? "", evidenceKind: row.evidence_kind === "file" ? "file" : "link" };
  });
  const place: Omit<CountedPage<TimelineEntry>, "rows"> = { total, page, pageSize: timelinePageSize, pageCount };
  return { country, entries: timeline, ...place };
}
