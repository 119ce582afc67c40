/**
 * One benefit scenario of a country's costing as the actor may read it, costed year by year from the stored inputs,
 * with the recommendation it costs (as far as the actor reads the matrix) and the packages that hold it; and the
 * withdrawn scenarios those who may restore them see. Read under the costing's sharing rule: a costing kept to its
 * country gives outsiders no scenario (NOT_FOUND, as for an id that does not exist or is another country's).
 */
import { and, arrayContains, asc, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { costingPackages, costingScenarios } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { getAssessmentItem } from "@/lib/assessment/matrix/get-item";
import type { FrozenItem } from "@/lib/assessment/matrix/content";
import { countryFor } from "@/lib/countries/query-countries";
import { AppError, notFound } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { isRecordId } from "@/lib/progress/records";
import { costScenario } from "../model";
import type { ScenarioRow } from "../types";
import { type CostingFrame, costingInputsOf, type Edition, modelScenario, readCostingInputs, type StoredScenario, storedScenario } from "./content";
import { costingReadable } from "./get-costing";
import { type ScenarioFormValues, scenarioFormValues } from "./scenario-records";

/** The recommendation a scenario costs, as the matrix shows it to the actor. */
export type CostedRecommendation = Pick<FrozenItem, "id" | "statement" | "status" | "recommendationKind"> & { withdrawn: boolean };

export type CostingScenarioView = {
  country: { code: string; name: LocalizedText };
  frame: CostingFrame;
  /** The costing's version, which a change of its financing or needs names. */
  costingVersion: number;
  scenario: StoredScenario & Edition & { withdrawn: boolean; withdrawalReason: string | null };
  /** Every year of the frame; a figure the model could not cost is null, with the row's problems saying why. */
  rows: ScenarioRow[];
  /**
   * The recommendation it costs, when it is linked and the actor reads it in the matrix; null otherwise (the link
   * itself is `scenario.recommendationId`). Its status may have moved on since the link was set (decision 1820).
   */
  recommendation: CostedRecommendation | null;
  /** The live packages that hold it, in the order they were made. */
  packages: { id: string; name: string }[];
  /** The scenario as its edit form opens. */
  form: ScenarioFormValues;
};

/** The country's costing if the actor reads it and its frame is set; NOT_FOUND otherwise, whatever was asked of it. */
async function readableCosting(db: Queryable, actor: Actor, code: unknown) {
  const country = await countryFor(db, actor, code);
  const { costing, readable } = await costingReadable(db, actor, country.code);
  if (!readable || !costing) throw notFound();
  return { country, costing };
}

/** The matrix's item, or null where the actor does not read it (kept, withdrawn, gone). */
async function recommendationFor(db: Queryable, actor: Actor, id: string | null): Promise<CostedRecommendation | null> {
  if (id === null) return null;
  try {
    const item = await getAssessmentItem(db, actor, id);
    return { id: item.id, statement: item.statement, status: item.status, recommendationKind: item.recommendationKind, withdrawn: item.withdrawn };
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return null;
    throw error;
  }
}

export async function getCostingScenario(db: Queryable, actor: Actor, code: unknown, id: unknown): Promise<CostingScenarioView> {
  const { country, costing } = await readableCosting(db, actor, code);
  if (typeof id !== "string" || !isRecordId(id)) throw notFound();
  // Scoped by the country in the address: another country's id is not found here.
  const [row] = await db
    .select()
    .from(costingScenarios)
    .where(and(eq(costingScenarios.id, id), eq(costingScenarios.countryCode, country.code)));
  if (!row) throw notFound();
  // A withdrawn scenario is shown only to those who may restore it, as a withdrawn item of the matrix is.
  if (row.deletedAt !== null && !can(actor, "costing.write", { countryCode: country.code })) throw notFound();
  const inputs = await readCostingInputs(db, costing);
  const stored = storedScenario(row);
  const recommendation = await recommendationFor(db, actor, row.recommendationId);
  const packages = await db
    .select({ id: costingPackages.id, name: costingPackages.name })
    .from(costingPackages)
    .where(and(eq(costingPackages.countryCode, country.code), isNull(costingPackages.deletedAt), arrayContains(costingPackages.scenarioIds, [row.id])))
    .orderBy(asc(costingPackages.createdAt), asc(costingPackages.id));
  return {
    country,
    frame: inputs.frame,
    costingVersion: costing.version,
    scenario: { ...stored, version: row.version, updatedAt: row.updatedAt, withdrawn: row.deletedAt !== null, withdrawalReason: row.withdrawalReason },
    rows: costScenario(costingInputsOf(inputs), modelScenario(stored)),
    recommendation,
    packages,
    form: scenarioFormValues(row),
  };
}

/** A withdrawn scenario, named for those who may restore it or keep it in a package. */
export type WithdrawnScenario = { id: string; name: string; withdrawalReason: string | null; withdrawnAt: Date };

/** The country's withdrawn scenarios, most recently withdrawn first, for those who may restore them; empty for others. */
/** The most withdrawn scenarios listed: the latest; older ones stay in the costing's history. */
const withdrawnListLimit = 100;

export async function listWithdrawnCostingScenarios(db: Queryable, actor: Actor, code: unknown): Promise<WithdrawnScenario[]> {
  const country = await countryFor(db, actor, code);
  // Before its frame a costing has no scenario, withdrawn or not; the overview asks all the same.
  const { costing, readable } = await costingReadable(db, actor, country.code);
  if (!costing || !readable || !can(actor, "costing.write", { countryCode: country.code })) return [];
  const rows = await db
    .select({ id: costingScenarios.id, name: costingScenarios.name, withdrawalReason: costingScenarios.withdrawalReason, withdrawnAt: costingScenarios.deletedAt })
    .from(costingScenarios)
    .where(and(eq(costingScenarios.countryCode, country.code), isNotNull(costingScenarios.deletedAt)))
    .orderBy(desc(costingScenarios.deletedAt), desc(costingScenarios.id))
    .limit(withdrawnListLimit);
  return rows.map((row) => ({ ...row, withdrawnAt: row.withdrawnAt! }));
}
