/**
 * For tests only: what the demonstration dataset's plans and rounds (chapters/plans.ts, chapters/rounds.ts) must hold.
 * Every demo country has planned steps and one baseline; on the last day only Haiti is behind, and Benin's plan has
 * moved since its baseline. Two past rounds ask every demo country: the first all on time and accepted, the second
 * with Burkina Faso late and Togo missing, both reminded; narratives in the country's language; nothing dated after
 * the last day; and, the dataset removed, none of it.
 */
import { sql } from "drizzle-orm";
import { expect } from "vitest";
import { type Queryable, queryRows } from "@/db/engine";
import { getCountryPlan } from "@/lib/plans/get-country-plan";
import { getCompleteness } from "@/lib/rounds/completeness";
import { createPerson, type FileDatabase } from "@/lib/testing/database";
import { behindPlanCountry, replannedCountry } from "./chapters/plans";
import { lateCountry, missingCountry } from "./chapters/rounds";
import { demoCountries } from "./countries";
import { removeDemoDataset } from "./demo-dataset";

const demo = sql`(select user_id from demo_people)`;
const demoRounds = sql`(select id from reporting_rounds where opened_by_id in ${demo})`;

export async function checkDemoPlansAndRounds(database: FileDatabase, lastDay: string): Promise<void> {
  const { db } = database;
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db, query))[0]!.n;
  const coordinator = await createPerson(database, { role: "coordinator" });
  expect(await count(sql`select count(distinct country_code)::int as n from step_plans where updated_by_id in ${demo}`)).toBe(demoCountries.length);
  expect(await count(sql`select count(*)::int as n from plan_baselines where created_by_id in ${demo} and deleted_at is null`)).toBe(demoCountries.length);
  expect(await count(sql`select count(*)::int as n from planned_milestones where created_by_id in ${demo}`)).toBeGreaterThanOrEqual(demoCountries.length);
  const behind: string[] = [];
  for (const country of demoCountries) {
    const plan = await getCountryPlan(db, coordinator, country.code, { today: lastDay });
    if (plan.steps.some((step) => step.state === "behind")) behind.push(country.code);
  }
  expect(behind).toEqual([behindPlanCountry]);
  const [baseline] = await queryRows<{ id: string }>(db, sql`select id from plan_baselines where country_code = ${replannedCountry} and created_by_id in ${demo}`);
  const replanned = await getCountryPlan(db, coordinator, replannedCountry, { baselineId: baseline!.id, today: lastDay });
  expect(replanned.steps.filter((step) => (step.baselineSlippageDays ?? 0) > 0)).toHaveLength(1);

  const rounds = await queryRows<{ id: string }>(db, sql`select id from reporting_rounds where id in ${demoRounds} order by period_start`);
  expect(rounds).toHaveLength(2);
  const standing = async (roundId: string) =>
    Object.fromEntries((await getCompleteness(db, coordinator, roundId, { today: lastDay })).countries.map((country) => [country.countryCode, [country.state, country.status]]));
  const onTimeAndAccepted = Object.fromEntries(demoCountries.map((country) => [country.code, ["on_time", "accepted"]]));
  expect(await standing(rounds[0]!.id)).toEqual(onTimeAndAccepted);
  expect(await standing(rounds[1]!.id)).toEqual({ ...onTimeAndAccepted, [lateCountry]: ["late", "accepted"], [missingCountry]: ["missing", "not_started"] });
  // Rwanda's first report was returned once: its history says so.
  expect(await count(sql`select count(*)::int as n from audit_log where action = 'report.return' and country_code = 'RW' and actor_id in ${demo}`)).toBe(1);
  // Each narrative in its country's language.
  const languages = await queryRows<{ country: string; locale: string }>(db, sql`select distinct country_code::text as country, locale::text as locale from country_reports where round_id in ${demoRounds}`);
  expect(languages.filter((row) => demoCountries.find((country) => country.code === row.country)!.language !== row.locale)).toEqual([]);
  // Reminders: a week before each due date, to those who had not submitted, and after the second's to the two behind.
  const overdue = await queryRows<{ country: string }>(db, sql`select country_code::text as country from report_reminders where round_id = ${rounds[1]!.id} and kind = 'overdue' order by 1`);
  expect(overdue.map((row) => row.country)).toEqual([lateCountry, missingCountry].sort());
  expect(await count(sql`select count(*)::int as n from notifications n join users u on u.id = n.user_id where u.email = 'togo@example.org' and n.kind = 'report_reminder'`)).toBeGreaterThan(0);
  // Told in the past, like the rest: what Socle wrote for them too.
  const late = [
    sql`select count(*)::int as n from step_plans where updated_by_id in ${demo} and updated_at > ${`${lastDay}T23:59:59Z`}::timestamptz`,
    sql`select count(*)::int as n from country_reports where round_id in ${demoRounds} and greatest(updated_at, submitted_at, decided_at) > ${`${lastDay}T23:59:59Z`}::timestamptz`,
    sql`select count(*)::int as n from report_reminders where round_id in ${demoRounds} and sent_at > ${`${lastDay}T23:59:59Z`}::timestamptz`,
    sql`select count(*)::int as n from notifications where kind = 'report_reminder' and created_at > ${`${lastDay}T23:59:59Z`}::timestamptz`,
    sql`select count(*)::int as n from audit_log where entity_id in (select id::text from ${demoRounds} r) and at > ${`${lastDay}T23:59:59Z`}::timestamptz`,
    sql`select count(*)::int as n from country_reports where round_id in ${demoRounds} and (snapshot->>'drawnAt') > ${`${lastDay}T23:59:59Z`}`,
  ];
  for (const query of late) expect(await count(query)).toBe(0);

  // Removing the dataset takes all of it away (nobody else planned or reported here); rolled back, so the dataset stays.
  const rolledBack = new Error("rolled back");
  await expect(
    db.transaction(async (tx) => {
      await removeDemoDataset(tx);
      await checkNoPlansOrRounds(tx);
      throw rolledBack;
    }),
  ).rejects.toBe(rolledBack);
}

async function checkNoPlansOrRounds(db: Queryable): Promise<void> {
  const tables = ["step_plans", "planned_milestones", "plan_baselines", "plan_baseline_steps", "plan_baseline_milestones", "reporting_rounds", "reporting_round_countries", "country_reports", "report_reminders"];
  for (const table of tables) {
    const [left] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
    expect(left!.n, table).toBe(0);
  }
  const [notices] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from notifications where kind in ('report_reminder', 'report_decision')`);
  expect(notices!.n).toBe(0);
}
