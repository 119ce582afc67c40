/**
 * The flows of many countries summed per currency, for a page that shows exact sums of every country and converts
 * nothing (the cross-country summary): the transactions are summed in SQL per country, the steps an entry serves and
 * currency, one row per group of entries serving the same steps rather than one per transaction, then added up per
 * group in JavaScript. Counted as every total is (counting.ts: a live member's pass-through left out), and the steps
 * an entry serves are the flows' own (`answeredByEveryEntry`, `stepsServed`), so a country's sums here are the ones
 * its support page counts from its flows (decision 2540).
 */
import Decimal from "decimal.js-light";
import { type SQL, sql } from "drizzle-orm";
import { type Queryable, queryRows } from "@/db/engine";
import type { CurrencyTotals } from "./count-funding";
import { type CountedFlow, countedEntry, countedFlows } from "./counting";
import { answeredByEveryEntry, stepsServed } from "./flows";

const Exact = Decimal.clone({ precision: 40 });
type Exact = InstanceType<typeof Exact>;

type SumRow = Record<CountedFlow, string | null> & { countryCode: string; stepId: string | null; needStepIds: string[] | null; currency: string };

/**
 * Per group the flows sum in, each currency's four flows: `groupsOf` names the groups of a country's entries serving
 * `stepIds` (a country, a step). `scope` filters the entries, written over `support_entries` by name.
 */
export async function loadFlowSums(
  db: Queryable,
  scope: SQL | undefined,
  groupsOf: (countryCode: string, stepIds: string[]) => string[],
): Promise<Map<string, CurrencyTotals[]>> {
  const rows = await queryRows<SumRow>(
    db,
    sql`
    select support_entries.country_code as "countryCode", support_entries.country_step_id as "stepId",
           to_json(answered.step_ids) as "needStepIds", t.currency::text as currency,
           ${sql.join(
             countedFlows.map((flow) => sql`sum(t.amount) filter (where t.type = ${flow})::text as ${sql.identifier(flow)}`),
             sql`, `,
           )}
      from support_transactions t
      join support_entries on support_entries.id = t.support_entry_id
      ${answeredByEveryEntry}
     where t.deleted_at is null and support_entries.deleted_at is null and ${countedEntry("support_entries")} and ${scope ?? sql`true`}
     group by support_entries.country_code, support_entries.country_step_id, answered.step_ids, t.currency`,
  );
  const sums = new Map<string, Map<string, Record<CountedFlow, Exact>>>();
  for (const row of rows) {
    for (const group of new Set(groupsOf(row.countryCode, stepsServed(row.stepId, row.needStepIds)))) {
      const ofGroup = sums.get(group) ?? new Map<string, Record<CountedFlow, Exact>>();
      sums.set(group, ofGroup);
      const figures = ofGroup.get(row.currency) ?? { pledged: new Exact(0), committed: new Exact(0), disbursed: new Exact(0), spent: new Exact(0) };
      ofGroup.set(row.currency, figures);
      for (const flow of countedFlows) if (row[flow] !== null) figures[flow] = figures[flow].plus(row[flow]);
    }
  }
  return new Map(
    [...sums].map(([group, ofGroup]) => [
      group,
      [...ofGroup]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, figures]) => ({ currency, ...(Object.fromEntries(countedFlows.map((flow) => [flow, figures[flow].toFixed()])) as Record<CountedFlow, string>) })),
    ]),
  );
}
