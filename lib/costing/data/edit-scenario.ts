/**
 * Edits a scenario from the version its editor saw; a scenario changed since gets CONFLICT with what it now holds
 * and who saved it. A recommendation is checked only when the link changes: one dropped since it was linked stays
 * linked (the costing's page says so) rather than blocking every other correction.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { costingScenarios } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { editScenarioSchema } from "@/lib/validation/costing-scenarios";
import { parseInput } from "@/lib/validation/parse";
import { countCostingChange, scenarioEntity } from "./records";
import { checkRecommendation, checkTakeUpYear, scenarioColumns, scenarioConflictView, scenarioForChange, scenarioSnapshot } from "./scenario-records";

export async function editScenario(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number }> {
  const { id, countryCode, version, ...values } = parseInput(editScenarioSchema, input);
  const columns = scenarioColumns(values);
  return db.transaction(async (tx) => {
    const { costing, scenario } = await scenarioForChange(tx, actor, id, { countryCode });
    if (scenario.version !== version) throw conflict(await scenarioConflictView(tx, scenario));
    const { before, after } = changedFields(scenarioSnapshot(scenario), scenarioSnapshot({ ...scenario, ...columns }));
    // Saving what is already there writes nothing: no new version, no empty history entry.
    if (Object.keys(after).length === 0) return { id, countryCode: scenario.countryCode, version };
    if ("takeUpYear" in after) checkTakeUpYear(costing, columns.takeUpYear);
    if ("recommendationId" in after) await checkRecommendation(tx, scenario.countryCode, columns.recommendationId);
    await tx
      .update(costingScenarios)
      .set({ ...columns, version: version + 1, updatedAt: new Date() })
      .where(eq(costingScenarios.id, id));
    await countCostingChange(tx, scenario.countryCode);
    await recordAudit(tx, actor, { action: "costing.scenario_edit", entityType: scenarioEntity, entityId: id, countryCode: scenario.countryCode, before, after });
    return { id, countryCode: scenario.countryCode, version: version + 1 };
  });
}
