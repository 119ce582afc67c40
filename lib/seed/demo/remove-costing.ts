/**
 * Removing the demonstration dataset's costings (decision 2320): a costing the demo began goes whole, with whatever
 * others added to it (as a matrix the demo began does); what the demo's people added to a real costing goes, and so
 * does a real costing's version validated at a demo dialogue, whose milestone goes with the dataset.
 */
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type Transaction } from "@/db/engine";

const demo = sql`(select user_id from demo_people)`;
const demoCostings = sql`(select country_code from costings where created_by_id in ${demo})`;

/** A list of ids for `in`; `in ()` is not SQL, so an empty list matches nothing. */
export const idList = (values: string[]): SQL =>
  values.length ? sql`(${sql.join(values.map((value) => sql`${value}::uuid`), sql`, `)})` : sql`(select null::uuid where false)`;

/**
 * Runs before the milestones, needs and assessment items it names go: a version names its dialogue's milestone, a
 * package's need link its need, a scenario the recommendation it costs.
 */
export async function removeDemoCostings(tx: Transaction, { milestoneIds, needIds, itemIds }: { milestoneIds: string[]; needIds: string[]; itemIds: string[] }): Promise<void> {
  const packages = sql`(select id from costing_packages where created_by_id in ${demo} or country_code in ${demoCostings})`;
  await tx.execute(sql`delete from costing_needs where need_id in ${idList(needIds)} or package_id in ${packages}`);
  await tx.execute(sql`delete from costing_financing where package_id in ${packages}`);
  const versionsGone = await queryRows<{ country: string }>(
    tx,
    sql`delete from costing_versions where validated_by_id in ${demo} or country_code in ${demoCostings} or milestone_id in ${idList(milestoneIds)}
      returning country_code as country`,
  );
  await tx.execute(sql`delete from costing_packages where id in ${packages}`);
  await tx.execute(sql`delete from costing_scenarios where created_by_id in ${demo} or country_code in ${demoCostings}`);
  // A real scenario costing a recommendation of a demo matrix stays, standing alone, with a new version so an open form is refused.
  await tx.execute(sql`update costing_scenarios set recommendation_id = null, version = version + 1, updated_at = now() where recommendation_id in ${idList(itemIds)}`);
  await tx.execute(sql`delete from costing_population where country_code in ${demoCostings}`);
  await tx.execute(sql`delete from costing_years where country_code in ${demoCostings}`);
  await tx.execute(sql`delete from costings where created_by_id in ${demo}`);
  // A real costing that lost a version counts the change, so a page read before it does not validate on a stale version.
  const countries = [...new Set(versionsGone.map((row) => row.country))];
  if (countries.length === 0) return;
  await tx.execute(sql`update costings set version = version + 1, updated_at = now() where country_code in (${sql.join(countries.map((code) => sql`${code}`), sql`, `)})`);
}
