/**
 * A national dialogue validates the country's costing: the costing as its validator saw it (its version) is frozen
 * whole, computed rows included, as the next validated version, dated by the dialogue's milestone, which must be the
 * country's and hold evidence. Later changes make a new draft, compared with it (decision 1810).
 */
import { eq, max } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { costingVersions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { dialogueMilestone } from "@/lib/progress/dialogue-versions";
import { validateCostingSchema } from "@/lib/validation/costing";
import { parseInput } from "@/lib/validation/parse";
import { readCostingDraft } from "./content";
import { costingAsSeen, recordCostingChange } from "./costing-change";

export async function validateCosting(db: Database, actor: Actor, input: unknown): Promise<{ countryCode: string; number: number; id: string; version: number }> {
  const { countryCode, version, milestoneId } = parseInput(validateCostingSchema, input);
  assertCan(actor, "costing.write", { countryCode });
  return db.transaction(async (tx) => {
    const costing = await costingAsSeen(tx, actor, countryCode, version);
    const milestone = await dialogueMilestone(tx, countryCode, milestoneId, { unknown: "costingRules.milestoneUnknown", needsEvidence: "costingRules.milestoneNeedsEvidence" });
    const { content } = await readCostingDraft(tx, costing);
    if (content.scenarios.length === 0) throw invalid({}, "costingRules.nothingToValidate");
    const [last] = await tx.select({ number: max(costingVersions.number) }).from(costingVersions).where(eq(costingVersions.countryCode, countryCode));
    const number = (last?.number ?? 0) + 1;
    const [frozen] = await tx
      .insert(costingVersions)
      .values({ countryCode, number, validatedOn: milestone.occurredOn, milestoneId: milestone.id, validatedById: actor.userId, content })
      .returning({ id: costingVersions.id });
    const next = await recordCostingChange(tx, actor, countryCode, {
      action: "costing.validate",
      after: { number, validatedOn: milestone.occurredOn, milestoneId: milestone.id, scenarios: content.scenarios.length, packages: content.packages.length },
    });
    return { countryCode, number, id: frozen!.id, version: next };
  });
}
