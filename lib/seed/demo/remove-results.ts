/**
 * Removing the demonstration dataset's results (decision 2320): an indicator the demo followed goes whole, with its
 * values (whoever wrote them), its links and the support entries' links to it; what the demo's people wrote on a real
 * followed indicator goes; so do links to the demo's support entries, schemes and recommendations, which go with the
 * dataset; a real value a demo person decided keeps its decision, without the person. Runs before the support
 * entries, schemes and assessment items it names go.
 */
import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/engine";
import { idList } from "./remove-costing";

const demo = sql`(select user_id from demo_people)`;

export async function removeDemoResults(tx: Transaction, { entryIds, itemIds }: { entryIds: string[]; itemIds: string[] }): Promise<void> {
  const followed = sql`(select id from country_indicators where created_by_id in ${demo} or indicator_id in (select id from indicators where created_by_id in ${demo}))`;
  await tx.execute(sql`delete from support_entry_indicators where created_by_id in ${demo} or support_entry_id in ${idList(entryIds)} or country_indicator_id in ${followed}`);
  await tx.execute(sql`delete from country_indicator_links where country_indicator_id in ${followed} or recommendation_id in ${idList(itemIds)}
      or scheme_id in (select id from schemes where created_by_id in ${demo})`);
  const values = sql`(select id from indicator_values where created_by_id in ${demo} or country_indicator_id in ${followed})`;
  // A real value an accepted demo proposal replaced stays, withdrawn; it no longer names what replaced it.
  await tx.execute(sql`update indicator_values set replaced_by_id = null where replaced_by_id in ${values}`);
  await tx.execute(sql`delete from indicator_values where id in ${values}`);
  await tx.execute(sql`update indicator_values set decided_by_id = null where decided_by_id in ${demo}`);
  await tx.execute(sql`update indicator_values set deleted_by_id = null where deleted_by_id in ${demo}`);
  await tx.execute(sql`update country_indicators set deleted_by_id = null where deleted_by_id in ${demo}`);
  await tx.execute(sql`delete from country_indicators where id in ${followed}`);
  await tx.execute(sql`update indicators set deleted_by_id = null where deleted_by_id in ${demo}`);
  await tx.execute(sql`delete from indicators where created_by_id in ${demo}`);
}
