/**
 * A country's working group (or a coordinator) adds a benefit scenario to its costing, at the end of its list: who,
 * what, the take-up path and the administrative cost, and the endorsed recommendation it costs, if any.
 */
import type { Database } from "@/db/engine";
import { costingScenarios } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/permissions";
import { addScenarioSchema } from "@/lib/validation/costing-scenarios";
import { parseInput } from "@/lib/validation/parse";
import { costingForChange, countCostingChange, scenarioEntity } from "./records";
import { checkRecommendation, checkTakeUpYear, nextScenarioPosition, scenarioColumns, scenarioSnapshot } from "./scenario-records";

export async function addScenario(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; version: number; costingVersion: number }> {
  const { countryCode, ...values } = parseInput(addScenarioSchema, input);
  assertCan(actor, "costing.write", { countryCode });
  const columns = scenarioColumns(values);
  return db.transaction(async (tx) => {
    // Locked first: two additions never take the same position. A new record has no version to be stale about.
    const costing = await costingForChange(tx, actor, countryCode);
    checkTakeUpYear(costing, columns.takeUpYear);
    await checkRecommendation(tx, countryCode, columns.recommendationId);
    const position = await nextScenarioPosition(tx, countryCode);
    const [row] = await tx
      .insert(costingScenarios)
      .values({ countryCode, ...columns, position, createdById: actor.userId })
      .returning();
    const costingVersion = await countCostingChange(tx, countryCode);
    await recordAudit(tx, actor, { action: "costing.scenario_add", entityType: scenarioEntity, entityId: row!.id, countryCode, after: scenarioSnapshot(row!) });
    return { id: row!.id, countryCode, version: row!.version, costingVersion };
  });
}
