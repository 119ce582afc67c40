/**
 * For tests only: what the demonstration dataset's costing must hold (chapters/costing.ts), read as Mozambique's
 * member reads it: the frame, every year's inputs, three scenarios and two packages costed every year, one version
 * validated at a dialogue of the costing step and a change since, and the two funding needs made from the gap.
 */
import { sql } from "drizzle-orm";
import { expect } from "vitest";
import { type Queryable, queryRows } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { getCosting } from "@/lib/costing/data/get-costing";
import { getCostingVersion } from "@/lib/costing/data/get-version";

export async function checkDemoCosting(db: Queryable, member: Actor, lastDay: string): Promise<void> {
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db, query))[0]!.n;
  const costing = await getCosting(db, member, "MZ");
  expect(costing).toMatchObject({ readable: true, sharingLevel: "all", frame: { baseYear: 2025, horizonYear: 2035, currency: "MZN" } });
  expect(costing.frame!.populationSource).toContain("Demonstration figures");
  // Every year: its figures, their source, and the population by sex in seventeen five-year groups (80+ the last).
  expect(costing.years.map((year) => year.year)).toEqual(Array.from({ length: 11 }, (_, index) => 2025 + index));
  for (const year of costing.years) {
    expect([year.gdp, year.governmentExpenditure, year.inflation, year.povertyLine], String(year.year)).not.toContain(null);
    expect(year.gdpSource).toContain("Demonstration figures");
    expect(year.population).toMatchObject({ ageGroups: 17 });
  }
  expect(Number(costing.years[0]!.population!.persons)).toBeCloseTo(34_000_000, -5);
  // Three scenarios, two costing the matrix's endorsed recommendations, none with a figure the model could not cost.
  expect(costing.scenarios).toHaveLength(3);
  const linked = await queryRows<{ status: string }>(
    db,
    sql`select i.status::text as status from costing_scenarios s join assessment_items i on i.id = s.recommendation_id where s.country_code = 'MZ' and i.recommendation_kind = 'benefit_coverage'`,
  );
  expect(linked.map((row) => row.status)).toEqual(["endorsed", "endorsed"]);
  expect(new Set(costing.scenarios.map((scenario) => scenario.administrativeConvention))).toEqual(new Set(["on_top_of_benefits", "share_of_total"]));
  const figures = ["beneficiaries", "annualBenefit", "totalCost", "shareOfGdp", "shareOfGovernmentExpenditure"] as const;
  for (const scenario of costing.scenarios) {
    expect(scenario.rows).toHaveLength(11);
    for (const row of scenario.rows) expect(figures.map((figure) => row[figure]), `${scenario.name} ${row.year}`).not.toContain(null);
  }
  expect(costing.packages.map((costingPackage) => costingPackage.name)).toEqual(["Pacote baixo", "Pacote alto"]);
  for (const costingPackage of costing.packages) {
    for (const row of costingPackage.rows) expect([row.totalCost, row.shareOfGdp], `${costingPackage.name} ${row.year}`).not.toContain(null);
  }
  // The high package is financed in part every year: a gap is left in each.
  const high = costing.packages.find((costingPackage) => costingPackage.name === "Pacote alto")!;
  expect(high.financingGap.map((row) => Number(row.uncovered) > 0)).toEqual(Array(11).fill(true));
  // Validated once, at a milestone of the costing step with its report; the pension's roll-out changed since.
  expect(costing.versions.map((version) => version.number)).toEqual([1]);
  expect(costing.changedSinceValidated).toBe(true);
  const [dialogue] = await queryRows<{ step: string; evidence: number }>(
    db,
    sql`select f.key as step, (select count(*)::int from evidence e where e.milestone_id = v.milestone_id) as evidence from costing_versions v
        join milestones m on m.id = v.milestone_id join country_steps s on s.id = m.country_step_id join framework_steps f on f.id = s.framework_step_id where v.country_code = 'MZ'`,
  );
  expect(dialogue).toEqual({ step: "costing_financing", evidence: 1 });
  const { sinceThen } = await getCostingVersion(db, member, "MZ", 1);
  expect(sinceThen.scenarios.changed.map((change) => change.fields)).toEqual([["takeUpYear"]]);
  // Two years of the high package's gap, funding needs on key step 8 linked back to it.
  const needs = await queryRows<{ year: number; step: string; currency: string; estimate: string }>(
    db,
    sql`select c.year, f.key as step, n.estimate_currency as currency, n.estimate_amount::text as estimate from costing_needs c join support_needs n on n.id = c.need_id
        join country_steps s on s.id = n.country_step_id join framework_steps f on f.id = s.framework_step_id where c.package_id = ${high.id} order by c.year`,
  );
  expect(needs.map(({ year, step, currency }) => ({ year, step, currency }))).toEqual([2026, 2027].map((year) => ({ year, step: "support_needs", currency: "MZN" })));
  for (const need of needs) expect(Number(need.estimate)).toBeGreaterThan(0);
  // Told in the past, like the rest.
  for (const [table, column] of [["costings", "updated_at"], ["costing_scenarios", "updated_at"], ["costing_packages", "updated_at"], ["costing_versions", "created_at"]]) {
    const late = sql`select count(*)::int as n from ${sql.identifier(table!)} where ${sql.identifier(column!)} > ${`${lastDay}T23:59:59Z`}::timestamptz`;
    expect(await count(late), table).toBe(0);
  }
}
