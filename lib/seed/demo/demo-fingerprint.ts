/**
 * A digest of the demonstration dataset's content: every row its people wrote (and the steps they moved), without
 * the random ids a database gives, so two databases holding the same dataset have the same fingerprint.
 */
import { sql } from "drizzle-orm";
import { type Queryable, queryRows } from "@/db/engine";

const demo = sql`(select user_id from demo_people)`;
const demoCostings = sql`(select country_code from costings where created_by_id in ${demo})`;

/**
 * Each table with the condition that picks the demo's rows in it. A step's own row is the database's (made when
 * its country was added, its version counting every change since), so only what the demo set on it counts.
 */
const demoRows: [string, ReturnType<typeof sql>, string[]?][] = [
  ["users", sql`id in ${demo}`],
  ["memberships", sql`user_id in ${demo}`],
  ["milestones", sql`author_id in ${demo}`],
  ["evidence", sql`added_by_id in ${demo}`],
  ["stored_files", sql`uploaded_by_id in ${demo}`],
  ["country_steps", sql`status_changed_by_id in ${demo}`, ["created_at", "version"]],
  ["country_sub_activities", sql`changed_by_id in ${demo}`],
  ["support_entries", sql`created_by_id in ${demo}`],
  ["exchange_rates", sql`created_by_id in ${demo}`],
  ["support_transactions", sql`created_by_id in ${demo}`],
  ["support_needs", sql`created_by_id in ${demo}`],
  ["need_support_links", sql`linked_by_id in ${demo}`],
  ["review_entries", sql`author_id in ${demo}`],
  ["notifications", sql`actor_id in ${demo}`],
  ["trainings", sql`created_by_id in ${demo}`],
  ["training_participants", sql`training_id in (select id from trainings where created_by_id in ${demo})`],
  ["experiences", sql`created_by_id in ${demo}`],
  ["experience_texts", sql`experience_id in (select id from experiences where created_by_id in ${demo})`],
  ["schemes", sql`created_by_id in ${demo}`],
  ["assessment_matrices", sql`created_by_id in ${demo}`],
  ["assessment_items", sql`created_by_id in ${demo}`],
  ["assessment_versions", sql`endorsed_by_id in ${demo}`],
  ["costings", sql`created_by_id in ${demo}`],
  ["costing_population", sql`country_code in ${demoCostings}`],
  ["costing_years", sql`country_code in ${demoCostings}`],
  ["costing_scenarios", sql`created_by_id in ${demo}`],
  ["costing_packages", sql`created_by_id in ${demo}`],
  ["costing_financing", sql`package_id in (select id from costing_packages where created_by_id in ${demo})`],
  ["costing_needs", sql`package_id in (select id from costing_packages where created_by_id in ${demo})`],
  ["costing_versions", sql`validated_by_id in ${demo}`],
  ["country_indicators", sql`created_by_id in ${demo}`],
  ["indicator_values", sql`created_by_id in ${demo}`],
  ["support_entry_indicators", sql`created_by_id in ${demo}`],
  ["step_plans", sql`updated_by_id in ${demo}`],
  ["planned_milestones", sql`created_by_id in ${demo}`],
  ["plan_baselines", sql`created_by_id in ${demo}`],
  ["plan_baseline_steps", sql`baseline_id in (select id from plan_baselines where created_by_id in ${demo})`],
  ["plan_baseline_milestones", sql`baseline_id in (select id from plan_baselines where created_by_id in ${demo})`],
  ["reporting_rounds", sql`opened_by_id in ${demo}`],
  ["reporting_round_countries", sql`round_id in (select id from reporting_rounds where opened_by_id in ${demo})`],
  ["country_reports", sql`created_by_id in ${demo}`],
  // How many a reminder went to counts the real people of the group too.
  ["report_reminders", sql`round_id in (select id from reporting_rounds where opened_by_id in ${demo})`, ["recipients"]],
  ["audit_log", sql`actor_id in ${demo}`],
];

const uuidPattern = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

export async function demoFingerprint(db: Queryable): Promise<string> {
  const digests = demoRows.map(
    ([table, where, left = []]) =>
      sql`select ${table}::text as name, count(*)::int as rows, md5(coalesce(string_agg(x, '|' order by x), '')) as digest
          from (select regexp_replace((to_jsonb(t) - 'id' - 'search_vector'${sql.raw(left.map((column) => ` - '${column}'`).join(""))})::text, ${uuidPattern}, '~', 'g') as x
                from ${sql.identifier(table)} t where ${where}) rows`,
  );
  const rows = await queryRows<{ name: string; rows: number; digest: string }>(db, sql.join(digests, sql` union all `));
  // A union's rows come in no promised order (PostgreSQL may run its parts in parallel): the list's order is the digest's.
  const order = demoRows.map(([table]) => table);
  return rows
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name))
    .map((row) => `${row.name}:${row.rows}:${row.digest}`)
    .join(",");
}
