/**
 * The gaps view across countries (issue 17): per guarantee of Recommendation 202, each country's schemes in force,
 * policy gaps and recommendations by status, counted in one SQL query (at most four rows per country) through the
 * sharing rule. A country whose matrix the reader may not read is listed as not shared, with no figure at all, not
 * even its inventory's: a zero there would read as "no scheme" when it only means "not shown to you". A readable
 * country with no live item and no scheme the reader sees is listed once as "none recorded" rather than as four
 * rows of zeros. The page, its exports and GET /api/v1/assessment/gaps all read this.
 */
import { type SQL, sql } from "drizzle-orm";
import { type Queryable, queryRows } from "@/db/engine";
import { assessmentItems, countries } from "@/db/schema";
import { type Guarantee, guarantees, type LocalizedText, type RecommendationStatus, type regions, recommendationStatuses } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { assessmentVisibleTo, schemeVisibleTo } from "@/lib/sharing/visibility";
import { type AssessmentGapsFilterName, type AssessmentGapsQuery, assessmentGapsQuery, ignoredGapsFilters } from "@/lib/validation/assessment-gaps";

export type GapsCountry = { countryCode: string; countryName: LocalizedText; region: (typeof regions)[number] };

export type GapsRow = GapsCountry & {
  /** Live schemes the reader sees, in force, serving the guarantee. */
  schemesInForce: number;
  /** Live policy gaps recorded in the guarantee's block. */
  policyGaps: number;
  /** Live recommendations of the block, by status. */
  recommendations: Record<RecommendationStatus, number>;
};

export type GapsBlock = { guarantee: Guarantee; rows: GapsRow[] };

export type AssessmentGaps = {
  query: AssessmentGapsQuery;
  /** Filters given a value that could not be read, and so ignored. */
  ignored: AssessmentGapsFilterName[];
  /** One per guarantee (or the one filtered), in the guarantees' order; rows by country code. */
  blocks: GapsBlock[];
  /** Readable countries with nothing recorded: no live item, no scheme the reader sees. */
  noneRecorded: GapsCountry[];
  /** Countries whose matrix is kept from the reader: no figure is given for them. */
  notShared: GapsCountry[];
};

type GapsSqlRow = {
  code: string;
  name: LocalizedText;
  region: GapsCountry["region"];
  readable: boolean;
  guarantee: Guarantee;
  schemes_in_force: number;
  policy_gaps: number;
  proposed: number;
  endorsed: number;
  adopted: number;
  dropped: number;
  recorded: number;
};

function countryConditions(query: AssessmentGapsQuery): SQL {
  const conditions: SQL[] = [sql`true`];
  if (query.region) conditions.push(sql`countries.region = ${query.region}`);
  if (query.spfiStatus) conditions.push(sql`countries.spfi_status = ${query.spfiStatus}`);
  if (query.agency) {
    conditions.push(sql`exists (
      select 1 from support_entries e join agencies a on a.id = e.agency_id
       where e.country_code = countries.code and a.acronym = ${query.agency} and e.deleted_at is null)`);
  }
  return sql.join(conditions, sql` and `);
}

/** Every country the filters keep × the four guarantees, counts joined only where the reader reads the matrix. */
export function assessmentGapsSql(actor: Actor, query: AssessmentGapsQuery): SQL {
  return sql`
    with item_counts as (
      select country_code, guarantee,
             (count(*) filter (where section = 'policy_gap'))::int as policy_gaps,
             (count(*) filter (where status = 'proposed'))::int as proposed,
             (count(*) filter (where status = 'endorsed'))::int as endorsed,
             (count(*) filter (where status = 'adopted'))::int as adopted,
             (count(*) filter (where status = 'dropped'))::int as dropped,
             count(*)::int as items
        from assessment_items
       where deleted_at is null and ${assessmentVisibleTo(actor, assessmentItems.countryCode)}
       group by country_code, guarantee
    ), scheme_counts as (
      select country_code, served.guarantee,
             (count(*) filter (where status = 'in_force'))::int as in_force,
             count(*)::int as schemes
        from schemes cross join lateral unnest(schemes.guarantees) as served(guarantee)
       where deleted_at is null and ${schemeVisibleTo(actor)}
       group by country_code, served.guarantee
    ), shown as (
      select countries.code, countries.name, countries.region::text as region,
             (${assessmentVisibleTo(actor, countries.code)}) as readable
        from countries
       where ${countryConditions(query)}
    )
    select shown.code, shown.name, shown.region, shown.readable, block.guarantee::text as guarantee,
           coalesce(s.in_force, 0) as schemes_in_force, coalesce(i.policy_gaps, 0) as policy_gaps,
           coalesce(i.proposed, 0) as proposed, coalesce(i.endorsed, 0) as endorsed,
           coalesce(i.adopted, 0) as adopted, coalesce(i.dropped, 0) as dropped,
           (sum(coalesce(s.schemes, 0) + coalesce(i.items, 0)) over (partition by shown.code))::int as recorded
      from shown
      cross join unnest(enum_range(null::guarantee)) with ordinality as block(guarantee, position)
      left join scheme_counts s on shown.readable and s.country_code = shown.code and s.guarantee = block.guarantee
      left join item_counts i on shown.readable and i.country_code = shown.code and i.guarantee = block.guarantee
     order by shown.code, block.position`;
}

export async function getAssessmentGaps(db: Queryable, actor: Actor, input: unknown): Promise<AssessmentGaps> {
  assertCan(actor, "country.read");
  // Every filter falls back to "any" by itself; only input that is no set of filters at all is read as none.
  const parsed = assessmentGapsQuery.safeParse(input);
  const query = parsed.success ? parsed.data : assessmentGapsQuery.parse({});
  const rows = await queryRows<GapsSqlRow>(db, assessmentGapsSql(actor, query));

  const blocks = new Map(guarantees.map((guarantee) => [guarantee, [] as GapsRow[]]));
  const listed = new Set<string>();
  const noneRecorded: GapsCountry[] = [];
  const notShared: GapsCountry[] = [];
  for (const row of rows) {
    const country: GapsCountry = { countryCode: row.code, countryName: row.name, region: row.region };
    if (!row.readable || Number(row.recorded) === 0) {
      // Listed once, not once per guarantee.
      if (!listed.has(row.code)) (row.readable ? noneRecorded : notShared).push(country);
      listed.add(row.code);
      continue;
    }
    const recommendations = Object.fromEntries(recommendationStatuses.map((status) => [status, Number(row[status])])) as GapsRow["recommendations"];
    blocks.get(row.guarantee)!.push({ ...country, schemesInForce: Number(row.schemes_in_force), policyGaps: Number(row.policy_gaps), recommendations });
  }
  return {
    query,
    ignored: ignoredGapsFilters(input, query),
    blocks: guarantees.filter((guarantee) => !query.guarantee || guarantee === query.guarantee).map((guarantee) => ({ guarantee, rows: blocks.get(guarantee)! })),
    noneRecorded,
    notShared,
  };
}
