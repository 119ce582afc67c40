/**
 * The transactions totals are made of, in one query: each live transaction of a live entry in scope, with what
 * grouping needs (region, agency, the steps the entry serves) and its place in the pass-through rule, and nothing
 * else: the support list reads every transaction in scope, and each column costs its share of that. For totals
 * grouped by time only, the same transactions summed per day (`loadDailyFlows`), from the same joins (`flowsFrom`).
 */
import { type SQL, sql } from "drizzle-orm";
import { type Queryable, queryRows } from "@/db/engine";
import type { CountedFlow } from "./counting";

export type FlowRow = {
  entryId: string;
  region: string;
  agencyId: string;
  agencyAcronym: string;
  /** The steps the entry serves: the one it targets and those of the needs it answers; empty when not asked for (`steps: false`). */
  stepIds: string[];
  type: CountedFlow;
  amount: string;
  currency: string;
  valueDate: string;
  /** The live entry this one passes on (its money is counted there), or null. */
  passedOnFrom: string | null;
  /** Live entries of other members pass this entry's money on. */
  passedOnByOthers: boolean;
};

/**
 * The live transactions of live entries in `scope`, joined to what the scope and the counting rule read: the entry
 * (`support_entries`), its country, agency, step and giver, `passed_on` (whether others pass its money on) and, with
 * `steps`, `answered` (the steps of the needs it answers). See `loadFlows` for the two ways.
 */
function flowsFrom(scope: SQL | undefined, { perEntry, steps }: { perEntry: boolean; steps: boolean }): SQL {
  // `offset 0` keeps PostgreSQL from flattening the subquery into a join, which it would price as a scan of every
  // transaction for one country's few hundred (decision 2470).
  const transactions = perEntry
    ? sql`support_entries
      join lateral (select * from support_transactions where support_entry_id = support_entries.id and deleted_at is null offset 0) t on true`
    : sql`support_transactions t
      join support_entries on support_entries.id = t.support_entry_id`;
  // The entries others pass on, and the steps an entry serves through the needs it answers: for a few entries, looked
  // up entry by entry by their indexes; for every entry, grouped joins over the few rows that have them (live
  // pass-throughs by their partial index), not a subquery per row (decision 2470). A grouped join for one country's
  // entries would group every need link and pass-through Socle holds.
  const passedOn = perEntry
    ? sql`left join lateral (
        select o.id from support_entries o
         where o.pass_through_of_entry_id = support_entries.id and o.deleted_at is null
         limit 1) passed_on on true`
    : sql`left join (
        select distinct pass_through_of_entry_id as id
          from support_entries
         where pass_through_of_entry_id is not null and deleted_at is null
      ) passed_on on passed_on.id = support_entries.id`;
  const answered = !steps
    ? sql``
    : perEntry
    ? sql`left join lateral (
        select array_agg(distinct n.country_step_id) as step_ids
          from need_support_links l
          join support_needs n on n.id = l.need_id and n.deleted_at is null
         where l.support_entry_id = support_entries.id) answered on true`
    : sql`left join (
        select l.support_entry_id, array_agg(distinct n.country_step_id) as step_ids
          from need_support_links l
          join support_needs n on n.id = l.need_id and n.deleted_at is null
         group by l.support_entry_id
      ) answered on answered.support_entry_id = support_entries.id`;
  return sql`${transactions}
      join countries on countries.code = support_entries.country_code
      join agencies on agencies.id = support_entries.agency_id
      left join country_steps on country_steps.id = support_entries.country_step_id
      left join framework_steps on framework_steps.id = country_steps.framework_step_id
      left join support_entries giver on giver.id = support_entries.pass_through_of_entry_id and giver.deleted_at is null
      ${passedOn}
      ${answered}
     where t.deleted_at is null and support_entries.deleted_at is null and ${scope ?? sql`true`}`;
}

/**
 * `scope` filters the entries, written over the tables by name (support_entries, countries, agencies, and, left
 * joined, the entry's country_steps and framework_steps), as the support list's filters are; left out, every entry.
 * `perEntry`, for a scope of a few entries (one country's): each entry's transactions, the entries passing it on and
 * the needs it answers are read by their indexes on the entry, however many of each Socle holds; without it, every
 * transaction in one pass, joined by hashing, as a list of every entry needs. `steps: false`, for totals grouped by
 * anything but the steps served (region, agency, month): the needs each entry answers are not read.
 */
export async function loadFlows(db: Queryable, scope?: SQL, { perEntry = false, steps = true }: { perEntry?: boolean; steps?: boolean } = {}): Promise<FlowRow[]> {
  const rows = await queryRows<Omit<FlowRow, "stepIds"> & { stepId: string | null; needStepIds: string[] | null }>(
    db,
    sql`
    select support_entries.id as "entryId", countries.region::text as region,
           support_entries.agency_id as "agencyId", agencies.acronym as "agencyAcronym",
           ${steps ? sql`support_entries.country_step_id as "stepId", to_json(answered.step_ids) as "needStepIds",` : sql``}
           t.type::text as type, t.amount::text as amount, t.currency::text as currency, t.value_date::text as "valueDate",
           giver.id as "passedOnFrom", passed_on.id is not null as "passedOnByOthers"
      from ${flowsFrom(scope, { perEntry, steps })}
     order by t.value_date, t.id`,
  );
  // Each row completed in place (the query's two step columns stay on it, unread): the support list gives 60,000
  // rows, and copying each (rest and spread) cost more than all the rest this function does in JavaScript.
  for (const row of rows as (FlowRow & { stepId: string | null; needStepIds: string[] | null })[]) {
    const { stepId, needStepIds } = row;
    row.stepIds = needStepIds?.length ? [...new Set(stepId ? [stepId, ...needStepIds] : needStepIds)] : stepId ? [stepId] : [];
  }
  return rows as unknown as FlowRow[];
}

/**
 * The flows of a day in one currency and of one type, summed exactly (every transaction of that day converts at one
 * rate); an entry the counting rule names has rows of its own (`entryId`): a pass-through of a live entry, or an entry
 * others pass on.
 */
export type DailyFlow = {
  valueDate: string;
  currency: string;
  type: CountedFlow;
  amount: string;
  transactions: number;
  entryId: string | null;
  passedOnFrom: boolean;
  passedOnByOthers: boolean;
};

/**
 * For totals grouped by time only (the charts' months): the flows of every entry in `scope` summed in SQL per value
 * date, currency and type, a few thousand rows for the 60,000 transactions of the large dataset, where `loadFlows`
 * gives every one (decision 2610).
 */
export async function loadDailyFlows(db: Queryable, scope?: SQL): Promise<DailyFlow[]> {
  return queryRows<DailyFlow>(
    db,
    sql`
    select t.value_date::text as "valueDate", t.currency::text as currency, t.type::text as type,
           sum(t.amount)::text as amount, count(*)::int as transactions,
           case when giver.id is not null or passed_on.id is not null then support_entries.id end as "entryId",
           giver.id is not null as "passedOnFrom", passed_on.id is not null as "passedOnByOthers"
      from ${flowsFrom(scope, { perEntry: false, steps: false })}
     group by 1, 2, 3, 6, 7, 8
     order by 1, 2, 3`,
  );
}

/** A transaction as the totals list it when it cannot be converted. */
export type DayTransaction = Pick<FlowRow, "entryId" | "type" | "amount" | "currency" | "valueDate">;

/**
 * The transactions counted in `scope` on these days (value date and currency), one by one, in the order `loadFlows`
 * gives them: for the days whose amounts cannot be converted, which the totals list one by one. The days go as one
 * JSON parameter, however many.
 */
export async function loadFlowsOfDays(db: Queryable, scope: SQL | undefined, days: { valueDate: string; currency: string }[]): Promise<DayTransaction[]> {
  if (days.length === 0) return [];
  const wanted = JSON.stringify(days.map(({ valueDate, currency }) => ({ valueDate, currency })));
  return queryRows<DayTransaction>(
    db,
    sql`
    select support_entries.id as "entryId", t.type::text as type, t.amount::text as amount, t.currency::text as currency, t.value_date::text as "valueDate"
      from ${flowsFrom(scope, { perEntry: false, steps: false })}
       and giver.id is null
       and (t.value_date, t.currency::text) in (select d."valueDate", d.currency from json_to_recordset(${wanted}::json) as d("valueDate" date, currency text))
     order by t.value_date, t.id`,
  );
}
