/**
 * The matrix as one aggregate query: one row per country and framework step, with the step's status, review
 * state, last update, counts of milestones and support entries and whether it is behind plan, for the countries the
 * filters keep. With
 * `asOf`, every cell is rebuilt as it stood at the end of that day (UTC) from the audit log and the records'
 * creation and deletion times; without, its counts and dates are the step's kept figures (decision 2420), so today's
 * matrix costs its cells, not the history. The benchmark runs this same SQL directly, to weigh what the API adds.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Actor } from "@/lib/actor";
import { behindPlanSql } from "@/lib/plans/behind-plan";
import { stepFiguresSql } from "@/lib/progress/step-figures";
import { milestoneVisibleTo } from "@/lib/sharing/visibility";
import type { MatrixQuery } from "@/lib/validation/matrix";

export type MatrixCellRow = {
  code: string;
  name: Record<string, string> & { en: string };
  region: string;
  spfi_status: string;
  country_step_id: string;
  position: number;
  key: string;
  status: string;
  review_state: string | null;
  milestones: number;
  support_entries: number;
  last_update: Date | string | null;
  country_last_update: Date | string | null;
  behind_plan: boolean;
};

/** The moment a day ends in UTC: records at or after it did not exist yet. */
const endOf = (day: string) => sql`((${day}::date + 1)::timestamp at time zone 'UTC')`;

/** Live at `end`: created before it and not deleted by then (or now, without `asOf`). */
function liveAt(end: SQL | null): SQL {
  return end ? sql`created_at < ${end} and (deleted_at is null or deleted_at >= ${end})` : sql`deleted_at is null`;
}

export function matrixSql(query: MatrixQuery, actor: Actor): SQL {
  const end = query.asOf ? endOf(query.asOf) : null;
  const countryConditions: SQL[] = [sql`true`];
  if (query.region) countryConditions.push(sql`c.region = ${query.region}`);
  if (query.spfiStatus) countryConditions.push(sql`c.spfi_status = ${query.spfiStatus}`);
  if (query.agency) {
    countryConditions.push(sql`exists (
      select 1 from support_entries e join agencies a on a.id = e.agency_id
       where e.country_code = c.code and a.acronym = ${query.agency}
         and ${end ? sql`e.created_at < ${end} and (e.deleted_at is null or e.deleted_at >= ${end})` : sql`e.deleted_at is null`})`);
  }
  // Status and the time of its last change: now, or from the last audited change before the day's end (the
  // state an audited change started from when the first one came later; the current one if none).
  const status = end
    ? sql`coalesce(past.status, future.status, cs.status::text)`
    : sql`cs.status::text`;
  const statusChangedAt = end ? sql`past.at` : sql`cs.status_changed_at`;
  const statusHistory = end
    ? sql`
      left join lateral (
        select a.after ->> 'status' as status, a.at from audit_log a
         where a.action = 'step.status' and a.entity_id = cs.id::text and a.at < ${end}
         order by a.at desc, a.id desc limit 1) past on true
      left join lateral (
        select a.before ->> 'status' as status from audit_log a
         where a.action = 'step.status' and a.entity_id = cs.id::text and a.at >= ${end}
         order by a.at, a.id limit 1) future on true`
    : sql``;
  const statusMatch = query.status
    ? query.step
      ? sql`status = ${query.status} and key = ${query.step}`
      : sql`status = ${query.status}`
    : sql`true`;
  // Behind plan on the day shown (today, or the `asOf` day against the status then); the plan judged is today's.
  const behindPlan = behindPlanSql(sql`cs.id`, status, end ? sql`${query.asOf}::date` : sql`(now() at time zone 'UTC')::date`);
  const behindMatch = query.behindPlan ? sql`bool_or(behind_plan) over w` : sql`true`;
  const stale = query.stale ? sql`and (country_last_update is null or country_last_update < now() - make_interval(days => ${query.stale}))` : sql``;

  // The counts and newest changes of each cell: rebuilt from the records as they stood at `end`, or today's kept figures.
  const figures = end
    ? sql`
      select cs.id as country_step_id, ms.n as milestones, ms.last as milestones_updated_at, se.n as support_entries, se.last as support_updated_at
        from country_steps cs
        left join (
          select country_step_id, count(*)::int as n, max(created_at) as last
            from milestones
           where ${liveAt(end)} and (${milestoneVisibleTo(actor)})
           group by country_step_id) ms on ms.country_step_id = cs.id
        left join (
          select country_step_id, count(*)::int as n, max(created_at) as last
            from support_entries
           where ${liveAt(end)} and country_step_id is not null
           group by country_step_id) se on se.country_step_id = cs.id`
    : stepFiguresSql(actor);

  return sql`
    with figures as (${figures}
    ), cells as (
      select c.code, c.name, c.region::text as region, c.spfi_status::text as spfi_status,
             cs.id as country_step_id, cs.position, fs.key,
             ${status} as status,
             ${end ? sql`null::text` : sql`cs.review_state::text`} as review_state,
             coalesce(f.milestones, 0) as milestones, coalesce(f.support_entries, 0) as support_entries,
             greatest(${statusChangedAt}, f.milestones_updated_at, f.support_updated_at) as last_update,
             ${behindPlan} as behind_plan
        from countries c
        join country_steps cs on cs.country_code = c.code
        join framework_steps fs on fs.id = cs.framework_step_id
        ${statusHistory}
        left join figures f on f.country_step_id = cs.id
       where ${sql.join(countryConditions, sql` and `)}
    ), judged as (
      select cells.*, max(last_update) over w as country_last_update, bool_or(${statusMatch}) over w and ${behindMatch} as matches
        from cells
      window w as (partition by code)
    )
    select code, name, region, spfi_status, country_step_id, position, key, status, review_state,
           milestones, support_entries, last_update, country_last_update, behind_plan
      from judged
     where matches ${stale}
     order by code, position`;
}
