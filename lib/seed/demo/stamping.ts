/**
 * Moving each change of the demo story back to its day: the tables the use cases write with "now", the kinds of
 * change and what each writes, and the one statement that stamps a change's rows with its moment.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Transaction } from "@/db/engine";

/**
 * A table the use cases write, the timestamp columns they fill with "now", and the column naming who wrote the row;
 * a table without one names the row it belongs to (`via`: its column, and that row's table and writer).
 */
type Stamped =
  | { columns: string[]; person: string }
  | { columns: string[]; via: { column: string; table: string; person: string } }
  /** Rows Socle itself writes (no person), picked by what they belong to; `table` is the table under another key. */
  | { table: string; columns: string[]; rows: (demo: SQL) => SQL };
const stampedTables = {
  milestones: { columns: ["created_at", "updated_at"], person: "author_id" },
  evidence: { columns: ["created_at"], person: "added_by_id" },
  stored_files: { columns: ["created_at"], person: "uploaded_by_id" },
  country_steps: { columns: ["status_changed_at", "signed_off_at", "updated_at"], person: "status_changed_by_id" },
  country_sub_activities: { columns: ["changed_at"], person: "changed_by_id" },
  support_entries: { columns: ["created_at", "updated_at"], person: "created_by_id" },
  support_transactions: { columns: ["created_at"], person: "created_by_id" },
  support_needs: { columns: ["created_at", "updated_at"], person: "created_by_id" },
  need_support_links: { columns: ["created_at"], person: "linked_by_id" },
  review_entries: { columns: ["created_at"], person: "author_id" },
  notifications: { columns: ["created_at"], person: "actor_id" },
  trainings: { columns: ["created_at", "updated_at"], person: "created_by_id" },
  experiences: { columns: ["created_at", "updated_at", "featured_at", "published_at"], person: "created_by_id" },
  experience_texts: { columns: ["updated_at"], via: { column: "experience_id", table: "experiences", person: "created_by_id" } },
  schemes: { columns: ["created_at", "updated_at"], person: "created_by_id" },
  assessment_items: { columns: ["created_at", "updated_at"], person: "created_by_id" },
  assessment_matrices: { columns: ["created_at", "updated_at"], person: "created_by_id" },
  assessment_versions: { columns: ["created_at"], person: "endorsed_by_id" },
  costings: { columns: ["created_at", "updated_at"], person: "created_by_id" },
  costing_scenarios: { columns: ["created_at", "updated_at"], person: "created_by_id" },
  costing_packages: { columns: ["created_at", "updated_at"], person: "created_by_id" },
  costing_versions: { columns: ["created_at"], person: "validated_by_id" },
  country_indicators: { columns: ["created_at", "updated_at"], person: "created_by_id" },
  indicator_values: { columns: ["created_at", "updated_at", "decided_at"], person: "created_by_id" },
  support_entry_indicators: { columns: ["created_at"], person: "created_by_id" },
  step_plans: { columns: ["created_at", "updated_at"], person: "updated_by_id" },
  planned_milestones: { columns: ["created_at", "updated_at"], person: "created_by_id" },
  plan_baselines: { columns: ["created_at", "updated_at"], person: "created_by_id" },
  plan_baseline_milestones: { columns: ["saved_at"], via: { column: "baseline_id", table: "plan_baselines", person: "created_by_id" } },
  reporting_rounds: { columns: ["created_at", "updated_at"], person: "opened_by_id" },
  country_reports: { columns: ["created_at", "updated_at", "submitted_at", "decided_at", "reopened_at"], person: "created_by_id" },
  exchange_rates: { columns: ["created_at", "updated_at"], person: "created_by_id" },
  country_publications: { columns: ["published_at", "updated_at"], person: "published_by_id" },
  report_reminders: { columns: ["sent_at"], via: { column: "round_id", table: "reporting_rounds", person: "opened_by_id" } },
  // The scheduler's notices and history entries of a demo round's reminders.
  reminder_notices: {
    table: "notifications",
    columns: ["created_at"],
    rows: (demo) => sql`actor_id is null and kind = 'report_reminder' and exists (select 1 from reporting_rounds r where r.opened_by_id in ${demo} and link like '%/' || r.id::text)`,
  },
  reminder_audit: {
    table: "audit_log",
    columns: ["at"],
    rows: (demo) => sql`actor_id is null and entity_id in (select id::text from reporting_rounds where opened_by_id in ${demo})`,
  },
} satisfies Record<string, Stamped>;
export type StampedTable = keyof typeof stampedTables;

/**
 * The kinds of change in the story, and the tables each one writes (every one also writes the audit log). A
 * chapter whose use case writes a table not listed here adds it to both lists, or its rows keep today's date.
 */
export const writtenBy = {
  milestone: ["milestones", "evidence", "stored_files", "country_steps"],
  review: ["review_entries", "notifications"],
  answer: ["review_entries", "notifications", "milestones"],
  subActivity: ["country_sub_activities"],
  step: ["country_steps"],
  support: ["support_entries", "need_support_links", "notifications"],
  transaction: ["support_transactions", "notifications"],
  need: ["support_needs", "notifications"],
  training: ["trainings"],
  experience: ["experiences", "experience_texts"],
  scheme: ["schemes"],
  assessment: ["assessment_items", "assessment_matrices", "assessment_versions"],
  costing: ["costings", "costing_scenarios", "costing_packages", "costing_versions"],
  results: ["country_indicators", "indicator_values", "support_entry_indicators"],
  plan: ["step_plans", "planned_milestones", "plan_baselines", "plan_baseline_milestones"],
  round: ["reporting_rounds", "country_reports", "notifications"],
  reminder: ["report_reminders", "reminder_notices", "reminder_audit"],
  rates: ["exchange_rates"],
  publication: ["country_publications"],
} satisfies Record<string, StampedTable[]>;
export type ChangeKind = keyof typeof writtenBy;

/**
 * Moves every row a demo person wrote since `freshFrom` (that is, by the change just made: whatever was written
 * before has already been moved into the past) back to `at`. One statement, whichever tables the change wrote.
 */
export async function stampSince(tx: Transaction, freshFrom: string, at: number, tables: readonly StampedTable[]): Promise<void> {
  const when = sql`${new Date(at).toISOString()}::timestamptz`;
  const demo = sql`(select user_id from demo_people)`;
  const isFresh = (column: string) => sql`${sql.identifier(column)} >= ${freshFrom}::timestamptz`;
  const update = (table: string, columns: string[], writer: SQL) =>
    sql`update ${sql.identifier(table)} set ${sql.join(
      columns.map((column) => sql`${sql.identifier(column)} = case when ${isFresh(column)} then ${when} else ${sql.identifier(column)} end`),
      sql`, `,
    )} where (${sql.join(columns.map(isFresh), sql` or `)}) and ${writer} returning 1`;
  const updates = tables.map((table, index) => {
    const stamped: Stamped = stampedTables[table];
    const { columns } = stamped;
    const writer =
      "rows" in stamped
        ? stamped.rows(demo)
        : "via" in stamped
          ? sql`${sql.identifier(stamped.via.column)} in (select id from ${sql.identifier(stamped.via.table)} where ${sql.identifier(stamped.via.person)} in ${demo})`
          : sql`${sql.identifier(stamped.person)} in ${demo}`;
    return sql`${sql.identifier(`t${index}`)} as (${update("table" in stamped ? stamped.table : table, columns, writer)})`;
  });
  updates.push(sql`audit as (update audit_log set at = ${when} where at >= ${freshFrom}::timestamptz and actor_id in ${demo} returning 1)`);
  await tx.execute(sql`with ${sql.join(updates, sql`, `)} select 1`);
}
