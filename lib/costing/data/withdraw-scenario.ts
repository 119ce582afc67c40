/**
 * Withdraws a scenario with a reason: it leaves the costing and the packages that hold it (they cost their live
 * scenarios only), and stays with its history to be restored, at the end of the list, into those same packages.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { costingScenarios } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { restoreScenarioSchema, withdrawScenarioSchema } from "@/lib/validation/costing-scenarios";
import { parseInput } from "@/lib/validation/parse";
import { countCostingChange, scenarioEntity } from "./records";
import { nextScenarioPosition, scenarioConflictView, scenarioForChange } from "./scenario-records";

type Changed = { id: string; countryCode: string; version: number };

export async function withdrawScenario(db: Database, actor: Actor, input: unknown): Promise<Changed> {
  const { id, countryCode, version, reason } = parseInput(withdrawScenarioSchema, input);
  return db.transaction(async (tx) => {
    const { scenario } = await scenarioForChange(tx, actor, id, { countryCode });
    if (scenario.version !== version) throw conflict(await scenarioConflictView(tx, scenario));
    const at = new Date();
    await tx
      .update(costingScenarios)
      .set({ deletedAt: at, deletedById: actor.userId, withdrawalReason: reason, version: version + 1, updatedAt: at })
      .where(eq(costingScenarios.id, id));
    await countCostingChange(tx, scenario.countryCode);
    await recordAudit(tx, actor, {
      action: "costing.scenario_withdraw",
      entityType: scenarioEntity,
      entityId: id,
      countryCode: scenario.countryCode,
      before: { withdrawn: false },
      after: { withdrawn: true, reason },
    });
    return { id, countryCode: scenario.countryCode, version: version + 1 };
  });
}

export async function restoreScenario(db: Database, actor: Actor, input: unknown): Promise<Changed> {
  const { id, countryCode, version } = parseInput(restoreScenarioSchema, input);
  return db.transaction(async (tx) => {
    const { scenario } = await scenarioForChange(tx, actor, id, { state: "any", countryCode });
    if (scenario.version !== version) throw conflict(await scenarioConflictView(tx, scenario));
    // Restoring what is already live changes nothing (a second click, a retried request).
    if (scenario.deletedAt === null) return { id, countryCode: scenario.countryCode, version };
    const position = await nextScenarioPosition(tx, scenario.countryCode);
    await tx
      .update(costingScenarios)
      .set({ deletedAt: null, deletedById: null, withdrawalReason: null, position, version: version + 1, updatedAt: new Date() })
      .where(eq(costingScenarios.id, id));
    await countCostingChange(tx, scenario.countryCode);
    await recordAudit(tx, actor, {
      action: "costing.scenario_restore",
      entityType: scenarioEntity,
      entityId: id,
      countryCode: scenario.countryCode,
      before: { withdrawn: true, reason: scenario.withdrawalReason },
      after: { withdrawn: false, position },
    });
    return { id, countryCode: scenario.countryCode, version: version + 1 };
  });
}
