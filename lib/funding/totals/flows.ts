/**
 * The transactions totals are made of, in one query: each live transaction of a live entry in scope, with what
 * grouping needs (country, region, agency, the steps the entry serves) and its place in the pass-through rule.
 */
import { type SQL, sql } from "drizzle-orm";
import { type Queryable, queryRows } from "@/db/engine";
import type { CountedFlow } from "./counting";

export type FlowRow = {
  transactionId: string;
  entryId: string;
  entryTitle: string;
  countryCode: string;
  region: string;
  agencyId: string;
  agencyAcronym: string;
  /** The steps the entry serves: the one it targets and those of the needs it answers. */
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
 * `scope` filters the entries (aliased `e`, joined to `c` countries and `a` agencies), e.g.
 * sql`e.country_code = ${code}`; left out, every entry.
 */
export async function loadFlows(db: Queryable, scope?: SQL): Promise<FlowRow[]> {
  return queryRows<FlowRow>(
    db,
    sql`
    select t.id as "transactionId", e.id as "entryId", e.title as "entryTitle", e.country_code as "countryCode",
           c.region::text as region, e.agency_id as "agencyId", a.acronym as "agencyAcronym",
           to_json(array(
             select step_id from (
               select e.country_step_id as step_id
               union
               select n.country_step_id
                 from need_support_links l
                 join support_needs n on n.id = l.need_id and n.deleted_at is null
                where l.support_entry_id = e.id
             ) as served where step_id is not null)) as "stepIds",
           t.type::text as type, t.amount::text as amount, t.currency::text as currency, t.value_date::text as "valueDate",
           giver.id as "passedOnFrom",
           exists (select 1 from support_entries r where r.pass_through_of_entry_id = e.id and r.deleted_at is null) as "passedOnByOthers"
      from support_transactions t
      join support_entries e on e.id = t.support_entry_id and e.deleted_at is null
      join countries c on c.code = e.country_code
      join agencies a on a.id = e.agency_id
      left join support_entries giver on giver.id = e.pass_through_of_entry_id and giver.deleted_at is null
     where t.deleted_at is null and ${scope ?? sql`true`}
     order by t.value_date, t.id`,
  );
}
