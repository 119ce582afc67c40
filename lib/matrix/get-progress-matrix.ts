/**
 * The cross-country matrix: countries (rows) × framework key steps (columns), each cell with its status, review
 * state, last update and counts of milestones and support entries; filtered, and optionally as of a past day.
 * One aggregate query (matrix-sql.ts) serves the page and GET /api/v1/matrix alike.
 */
import { type Queryable, queryRows } from "@/db/engine";
import { type LocalizedText, type regions, type reviewStates, type spfiStatuses, type stepStatuses } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { type FrameworkStepRef, listFrameworkSteps } from "@/lib/learning/framework-steps";
import { assertCan } from "@/lib/permissions";
import { type MatrixQuery, matrixQuerySchema } from "@/lib/validation/matrix";
import { parseInput } from "@/lib/validation/parse";
import { type MatrixCellRow, matrixSql } from "./matrix-sql";

/** The columns: every framework step key, titled and ordered as the newest framework version has it. */
export type MatrixStep = FrameworkStepRef;

export type MatrixCell = {
  key: string;
  countryStepId: string;
  status: (typeof stepStatuses)[number];
  /** Null as of a past day: the history keeps decisions, the matrix shows them for today only. */
  reviewState: (typeof reviewStates)[number] | null;
  lastUpdate: Date | null;
  milestones: number;
  supportEntries: number;
  /** Still open after its planned end (decision 2000). */
  behindPlan: boolean;
};

export type MatrixCountry = {
  code: string;
  name: LocalizedText;
  region: (typeof regions)[number];
  spfiStatus: (typeof spfiStatuses)[number];
  lastUpdate: Date | null;
  /** One per column, in the columns' order; null where the country's framework version lacks the step. */
  cells: (MatrixCell | null)[];
};

export type ProgressMatrix = { query: MatrixQuery; steps: MatrixStep[]; countries: MatrixCountry[] };

const asDate = (value: Date | string | null) => (value === null ? null : new Date(value));


export async function getProgressMatrix(db: Queryable, actor: Actor, input: unknown): Promise<ProgressMatrix> {
  assertCan(actor, "country.read");
  const query = parseInput(matrixQuerySchema, input);
  const [steps, rows] = await Promise.all([listFrameworkSteps(db), queryRows<MatrixCellRow>(db, matrixSql(query, actor))]);
  const column = new Map(steps.map((step, index) => [step.key, index]));

  const countries: MatrixCountry[] = [];
  for (const row of rows) {
    let country = countries.at(-1);
    if (country?.code !== row.code) {
      country = {
        code: row.code,
        name: row.name,
        region: row.region as MatrixCountry["region"],
        spfiStatus: row.spfi_status as MatrixCountry["spfiStatus"],
        lastUpdate: asDate(row.country_last_update),
        cells: steps.map(() => null),
      };
      countries.push(country);
    }
    const index = column.get(row.key);
    if (index === undefined) continue;
    country.cells[index] = {
      key: row.key,
      countryStepId: row.country_step_id,
      status: row.status as MatrixCell["status"],
      reviewState: row.review_state as MatrixCell["reviewState"],
      lastUpdate: asDate(row.last_update),
      milestones: Number(row.milestones),
      supportEntries: Number(row.support_entries),
      behindPlan: row.behind_plan === true,
    };
  }
  return { query, steps, countries };
}
