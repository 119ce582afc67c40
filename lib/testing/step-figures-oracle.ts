/**
 * The tests' oracle for the steps' kept figures (decision 2420): the same figures aggregated from scratch over every
 * milestone, evidence item and support entry, written apart from the database function that keeps them, and the
 * steps and levels where the two differ.
 */
import { sql } from "drizzle-orm";
import { type Queryable, queryRows } from "@/db/engine";

export type FiguresMismatch = { country_step_id: string; sharing_level: string; kept: string; expected: string };

/** Every country step and sharing level whose kept figures differ from the aggregate from scratch; none when they agree. */
export async function stepFiguresMismatches(db: Queryable): Promise<FiguresMismatch[]> {
  return queryRows<FiguresMismatch>(
    db,
    sql`
    with cells as (
      select cs.id as country_step_id, l.sharing_level
        from country_steps cs cross join (values ('country'::sharing_level), ('all'::sharing_level)) l(sharing_level)
    ), ms as (
      select country_step_id, sharing_level,
             count(*) filter (where deleted_at is null) as n,
             max(updated_at) filter (where deleted_at is null) as updated,
             max(updated_at) as changed
        from milestones
       group by country_step_id, sharing_level
    ), ev as (
      select m.country_step_id,
             case when m.sharing_level = 'all' and e.sharing_level = 'all' then 'all' else 'country' end::sharing_level as sharing_level,
             count(*) as n, max(e.created_at) as added
        from evidence e join milestones m on m.id = e.milestone_id
       where e.deleted_at is null and m.deleted_at is null
       group by 1, 2
    ), se as (
      select country_step_id, count(*) as n, max(updated_at) as updated
        from support_entries
       where deleted_at is null and country_step_id is not null
       group by country_step_id
    ), compared as (
      select cells.country_step_id, cells.sharing_level::text as sharing_level,
             concat_ws(' | ', coalesce(f.milestones, 0), coalesce(f.milestones_updated_at::text, '-'), coalesce(f.milestones_changed_at::text, '-'), coalesce(f.evidence, 0), coalesce(f.evidence_added_at::text, '-'),
                       coalesce(f.support_entries, 0), coalesce(f.support_updated_at::text, '-')) as kept,
             concat_ws(' | ', coalesce(ms.n, 0), coalesce(ms.updated::text, '-'), coalesce(ms.changed::text, '-'), coalesce(ev.n, 0), coalesce(ev.added::text, '-'),
                       case when cells.sharing_level = 'all' then coalesce(se.n, 0) else 0 end,
                       coalesce(case when cells.sharing_level = 'all' then se.updated end::text, '-')) as expected
        from cells
        left join step_figures f on f.country_step_id = cells.country_step_id and f.sharing_level = cells.sharing_level
        left join ms on ms.country_step_id = cells.country_step_id and ms.sharing_level = cells.sharing_level
        left join ev on ev.country_step_id = cells.country_step_id and ev.sharing_level = cells.sharing_level
        left join se on se.country_step_id = cells.country_step_id
    )
    select * from compared where kept <> expected order by country_step_id, sharing_level`,
  );
}
