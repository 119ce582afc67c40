/**
 * The costing compared across countries (issue 18): each country's latest validated version the reader may read,
 * with each of its packages' total cost and share of GDP in the version's horizon year, as its dialogue froze them.
 * Figures are each country's own, costed from its own assumptions: the view sets them side by side, it does not
 * make them comparable. Read by /costing, its exports and GET /api/v1/costing/comparison.
 */
import { asc, desc, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { costingVersions, countries } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { costingVisibleTo } from "@/lib/sharing/visibility";
import type { CostingProblem } from "../types";
import type { CostingFrame, FrozenPackage } from "./content";

/** A package of a validated version in its horizon year; a null figure has the problems that say why. */
export type ValidatedPackageCost = {
  id: string;
  name: string;
  /** In the costing's currency. */
  totalCost: string | null;
  /** A fraction: "0.0125" is 1.25 % of GDP. */
  shareOfGdp: string | null;
  /** The model's problems in the horizon year's row, each once. */
  problems: CostingProblem[];
};

export type ValidatedCosting = {
  countryCode: string;
  countryName: LocalizedText;
  /** The version's number, and the day of the dialogue that validated it. */
  number: number;
  validatedOn: string;
  baseYear: number;
  horizonYear: number;
  currency: string;
  /** In the order the version holds them. */
  packages: ValidatedPackageCost[];
};

type LatestVersionRow = {
  countryCode: string;
  countryName: LocalizedText;
  number: number;
  validatedOn: string;
  frame: CostingFrame;
  packages: FrozenPackage[] | null;
};

/** The horizon year's figures of a frozen package. */
export function packageInHorizon(frozen: FrozenPackage, horizonYear: number): ValidatedPackageCost {
  const row = frozen.rows.find((candidate) => candidate.year === horizonYear);
  const problems = new Map<string, CostingProblem>();
  // A package's problems name the scenario too; across countries the year and the cause are what a reader acts on.
  for (const { code, year } of row?.problems ?? []) problems.set(`${code}:${year}`, { code, year });
  return { id: frozen.id, name: frozen.name, totalCost: row?.totalCost ?? null, shareOfGdp: row?.shareOfGdp ?? null, problems: [...problems.values()] };
}

/**
 * Every country's latest validated version the actor reads, by country code (the page sorts by name in the reader's
 * language). The costing's sharing level as it stands now decides (`costingVisibleTo`, the SQL form of
 * `mayReadCosting`, decision 1810): a costing kept since its validation keeps its versions too. One query: the
 * latest version of each country, and of its frozen content only the frame and the packages.
 */
export async function listValidatedCostings(db: Queryable, actor: Actor): Promise<ValidatedCosting[]> {
  assertCan(actor, "country.read");
  const rows: LatestVersionRow[] = await db
    .selectDistinctOn([costingVersions.countryCode], {
      countryCode: costingVersions.countryCode,
      countryName: countries.name,
      number: costingVersions.number,
      validatedOn: costingVersions.validatedOn,
      frame: sql<CostingFrame>`${costingVersions.content} -> 'frame'`,
      packages: sql<FrozenPackage[] | null>`${costingVersions.content} -> 'packages'`,
    })
    .from(costingVersions)
    .innerJoin(countries, eq(countries.code, costingVersions.countryCode))
    .where(costingVisibleTo(actor, costingVersions.countryCode))
    .orderBy(asc(costingVersions.countryCode), desc(costingVersions.number));
  return rows.map(({ frame, packages, ...version }) => ({
    ...version,
    baseYear: frame.baseYear,
    horizonYear: frame.horizonYear,
    currency: frame.currency,
    packages: (packages ?? []).map((frozen) => packageInHorizon(frozen, frame.horizonYear)),
  }));
}
