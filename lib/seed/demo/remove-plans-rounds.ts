/**
 * Removing the demonstration dataset's plans and reporting rounds (decision 2320): a round the demo's coordinator
 * opened goes whole, with its countries, every report in it (whoever wrote it), its reminders and their notices; the
 * demo's step plans, planned milestones and baselines go, with a real baseline's copy of a demo planned milestone; a
 * real planned milestone linked to a demo milestone loses the link; a real record a demo person decided, reopened or
 * withdrew keeps its state, without the person. Runs before the milestones go.
 */
import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/engine";
import { idList } from "./remove-costing";

const demo = sql`(select user_id from demo_people)`;

export async function removeDemoPlansAndRounds(tx: Transaction, { milestoneIds }: { milestoneIds: string[] }): Promise<void> {
  const rounds = sql`(select id from reporting_rounds where opened_by_id in ${demo})`;
  await tx.execute(sql`delete from notifications where kind = 'report_reminder' and actor_id is null
      and exists (select 1 from reporting_rounds r where r.opened_by_id in ${demo} and notifications.link like '%/' || r.id::text)`);
  await tx.execute(sql`delete from audit_log where actor_id is null and entity_id::text in (select id::text from reporting_rounds where opened_by_id in ${demo})`);
  await tx.execute(sql`delete from report_reminders where round_id in ${rounds}`);
  await tx.execute(sql`delete from country_reports where round_id in ${rounds} or created_by_id in ${demo}`);
  for (const column of ["submitted_by_id", "decided_by_id", "reopened_by_id"]) {
    await tx.execute(sql`update country_reports set ${sql.identifier(column)} = null where ${sql.identifier(column)} in ${demo}`);
  }
  await tx.execute(sql`delete from reporting_round_countries where round_id in ${rounds}`);
  await tx.execute(sql`update reporting_rounds set deleted_by_id = null where deleted_by_id in ${demo}`);
  await tx.execute(sql`delete from reporting_rounds where id in ${rounds}`);

  const baselines = sql`(select id from plan_baselines where created_by_id in ${demo})`;
  const planned = sql`(select id from planned_milestones where created_by_id in ${demo})`;
  await tx.execute(sql`delete from plan_baseline_milestones where baseline_id in ${baselines} or planned_milestone_id in ${planned}`);
  await tx.execute(sql`delete from plan_baseline_steps where baseline_id in ${baselines}`);
  await tx.execute(sql`delete from plan_baselines where id in ${baselines}`);
  await tx.execute(sql`update plan_baselines set deleted_by_id = null where deleted_by_id in ${demo}`);
  await tx.execute(sql`delete from planned_milestones where id in ${planned}`);
  await tx.execute(sql`update planned_milestones set milestone_id = null where milestone_id in ${idList(milestoneIds)}`);
  await tx.execute(sql`update planned_milestones set deleted_by_id = null where deleted_by_id in ${demo}`);
  // A step plan is one row per step: the demo's go; one a real person changed since is theirs (they are its writer).
  await tx.execute(sql`delete from step_plans where updated_by_id in ${demo}`);
}
