/**
 * For tests only: what the demonstration dataset's chapters must hold. The costing's is in check-demo-costing.ts;
 * the results' (chapters/results.ts) here: three SDG 1.3.1 series followed in each of the eleven active countries,
 * shared with everyone, with values whose sources say they are invented, one adviser's proposal accepted per
 * country, support entries linked, nothing dated after the last day; and, the dataset removed, none of it.
 */
import { sql } from "drizzle-orm";
import { expect } from "vitest";
import { type Database, type Queryable, queryRows } from "@/db/engine";
import { type Actor, loadActor } from "@/lib/actor";
import { removeDemoDataset } from "./demo-dataset";

export { checkDemoCosting } from "./check-demo-costing";
export { checkDemoPlansAndRounds } from "./check-demo-plans-rounds";

const demo = sql`(select user_id from demo_people)`;

/** The first of a country's demo members, as the app loads them. */
export async function demoMemberOf(db: Database, countryCode: string): Promise<Actor> {
  const [row] = await queryRows<{ user_id: string }>(
    db,
    sql`select m.user_id from memberships m join demo_people d on d.user_id = m.user_id where m.country_code = ${countryCode} order by m.user_id limit 1`,
  );
  return (await loadActor(db, row!.user_id))!;
}

export async function checkDemoResults(db: Database, valuesCounted: number, lastDay: string): Promise<void> {
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db, query))[0]!.n;
  const followed = await queryRows<{ country: string; n: number }>(
    db,
    sql`select country_code::text as country, count(*)::int as n from country_indicators where created_by_id in ${demo} and sharing_level = 'all' group by 1`,
  );
  expect(followed).toHaveLength(11);
  expect(followed.every((row) => row.n === 3)).toBe(true);
  expect(valuesCounted).toBe(await count(sql`select count(*)::int as n from indicator_values where created_by_id in ${demo}`));
  expect(valuesCounted).toBeGreaterThanOrEqual(11 * 12);
  expect(await count(sql`select count(*)::int as n from indicator_values where created_by_id in ${demo} and source not like 'Demonstration figures%'`)).toBe(0);
  expect(await count(sql`select count(*)::int as n from indicator_values where created_by_id in ${demo} and status = 'accepted' and decided_by_id is not null`)).toBe(11);
  expect(await count(sql`select count(*)::int as n from support_entry_indicators where created_by_id in ${demo}`)).toBeGreaterThan(0);
  for (const [table, column] of [["country_indicators", "updated_at"], ["indicator_values", "updated_at"], ["support_entry_indicators", "created_at"]]) {
    const late = sql`select count(*)::int as n from ${sql.identifier(table!)} where ${sql.identifier(column!)} > ${`${lastDay}T23:59:59Z`}::timestamptz`;
    expect(await count(late), table).toBe(0);
  }
  // Removing the dataset takes all of it away (nobody else wrote results here); rolled back, so the dataset stays.
  const rolledBack = new Error("rolled back");
  await expect(
    db.transaction(async (tx) => {
      await removeDemoDataset(tx);
      await checkNoResults(tx);
      throw rolledBack;
    }),
  ).rejects.toBe(rolledBack);
  expect(await count(sql`select count(*)::int as n from indicator_values where created_by_id in ${demo}`)).toBe(valuesCounted);
}

async function checkNoResults(db: Queryable): Promise<void> {
  for (const table of ["country_indicators", "indicator_values", "support_entry_indicators", "country_indicator_links"]) {
    const [left] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
    expect(left!.n, table).toBe(0);
  }
}
