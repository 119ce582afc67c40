/**
 * The figures behind the charts page, summed in SQL: steps completed per country; support entries by agency
 * and kind; money pledged, committed and disbursed over time, per currency, and beside it in the reporting currency
 * (each amount at the rate for its value date, lib/funding/totals/); needs against support per key step. Money is
 * counted as FTS does: a pass-through of another member's live entry counts at the giver's only. Optionally for one region.
 */
import { sql } from "drizzle-orm";
import { type Queryable, queryRows } from "@/db/engine";
import { countries, type LocalizedText } from "@/db/schema";
import { sumConverted, toCents } from "@/lib/funding/conversion";
import type { FundingTotals } from "@/lib/funding/totals/count-funding";
import { countedEntry } from "@/lib/funding/totals/counting";
import { type FundingGroupTotals, loadDailyFundingTotals } from "@/lib/funding/totals/funding-totals";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { matrixQuerySchema } from "@/lib/validation/matrix";
import { parseInput } from "@/lib/validation/parse";
import * as z from "zod/mini";

const chartsQuerySchema = z.pick(matrixQuerySchema, { region: true });

export type StepsCompletedRow = { code: string; name: LocalizedText; completed: number; applicable: number };
export type SupportByAgencyRow = { acronym: string; technical: number; financial: number };
/** Running totals at the end of each month with a transaction, as exact decimal strings. */
export type MoneyMonthRow = { month: string; pledged: string; committed: string; disbursed: string };
export type MoneySeries = { currency: string; months: MoneyMonthRow[] };
export type NeedsBySupportRow = { key: string; title: LocalizedText; needs: number; answered: number; supportEntries: number };

/** The months' converted flows, summed from the first month on as the per-currency series are, and the whole's notes. */
function convertedSeries(funding: FundingGroupTotals): MoneySeries & { totals: FundingTotals } {
  const months = [...funding.groups.keys()].filter((key) => key.startsWith("month:")).sort();
  let pledged = "0";
  let committed = "0";
  let disbursed = "0";
  const add = (a: string, b: string) => sumConverted([{ converted: a }, { converted: b }]).total;
  return {
    currency: funding.reportingCurrency,
    totals: funding.of("all"),
    months: months.map((key) => {
      const { converted } = funding.of(key);
      pledged = add(pledged, converted.pledged);
      committed = add(committed, converted.committed);
      disbursed = add(disbursed, converted.disbursed);
      return { month: key.slice("month:".length), pledged: toCents(pledged), committed: toCents(committed), disbursed: toCents(disbursed) };
    }),
  };
}

export async function getProgressCharts(db: Queryable, actor: Actor, input: unknown) {
  assertCan(actor, "country.read");
  assertCan(actor, "support.read");
  const { region } = parseInput(chartsQuerySchema, input);
  const inRegion = (code: ReturnType<typeof sql>) =>
    region ? sql`${code} in (select code from countries where region = ${region})` : sql`true`;

  const [stepsCompleted, byAgency, money, needs, funding] = await Promise.all([
    queryRows<StepsCompletedRow>(
      db,
      sql`select c.code, c.name,
                 (count(*) filter (where cs.status = 'completed'))::int as completed,
                 (count(*) filter (where cs.status <> 'not_applicable'))::int as applicable
            from countries c join country_steps cs on cs.country_code = c.code
           where ${inRegion(sql`c.code`)}
           group by c.code order by completed desc, c.code`,
    ),
    queryRows<SupportByAgencyRow>(
      db,
      sql`select a.acronym,
                 (count(*) filter (where e.kind = 'technical'))::int as technical,
                 (count(*) filter (where e.kind = 'financial'))::int as financial
            from support_entries e join agencies a on a.id = e.agency_id
           where e.deleted_at is null and ${inRegion(sql`e.country_code`)}
           group by a.acronym order by count(*) desc, a.acronym`,
    ),
    queryRows<{ currency: string; month: string; pledged: string; committed: string; disbursed: string }>(
      db,
      sql`with monthly as (
            select t.currency, to_char(date_trunc('month', t.occurred_on), 'YYYY-MM') as month,
                   coalesce(sum(t.amount) filter (where t.type = 'pledged'), 0) as pledged,
                   coalesce(sum(t.amount) filter (where t.type = 'committed'), 0) as committed,
                   coalesce(sum(t.amount) filter (where t.type = 'disbursed'), 0) as disbursed
              from support_transactions t join support_entries e on e.id = t.support_entry_id
             where t.deleted_at is null and e.deleted_at is null and ${countedEntry("e")} and ${inRegion(sql`e.country_code`)}
             group by 1, 2)
          select currency, month,
                 (sum(pledged) over w)::text as pledged, (sum(committed) over w)::text as committed, (sum(disbursed) over w)::text as disbursed
            from monthly
          window w as (partition by currency order by month)
           order by currency, month`,
    ),
    queryRows<NeedsBySupportRow>(
      db,
      sql`select fs.key, (array_agg(fs.title order by fs.position))[1] as title,
                 coalesce(sum(n.needs), 0)::int as needs, coalesce(sum(n.answered), 0)::int as answered,
                 coalesce(sum(s.entries), 0)::int as "supportEntries"
            from country_steps cs
            join framework_steps fs on fs.id = cs.framework_step_id
            left join (select country_step_id, count(*) as needs,
                              count(*) filter (where exists (select 1 from need_support_links l where l.need_id = support_needs.id)) as answered
                         from support_needs where deleted_at is null group by country_step_id) n on n.country_step_id = cs.id
            left join (select country_step_id, count(*) as entries from support_entries
                        where deleted_at is null and country_step_id is not null group by country_step_id) s on s.country_step_id = cs.id
           where ${inRegion(sql`cs.country_code`)}
           group by fs.key order by min(fs.position)`,
    ),
    loadDailyFundingTotals(db, region ? sql`${countries.region} = ${region}` : undefined, (valueDate) => ["all", `month:${valueDate.slice(0, 7)}`]),
  ]);

  const series = new Map<string, MoneyMonthRow[]>();
  for (const { currency, ...month } of money) series.set(currency, [...(series.get(currency) ?? []), month]);
  return {
    region: region ?? null,
    stepsCompleted,
    supportByAgency: byAgency,
    money: [...series].map(([currency, months]): MoneySeries => ({ currency, months })),
    converted: convertedSeries(funding),
    needsVsSupport: needs,
  };
}
