/** A member of the country declines a value an adviser proposed, saying why; it stays out of the series, in the history. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { indicatorValues } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { declineProposalSchema } from "@/lib/validation/results";
import { indicatorValueEntity } from "./indicator-records";
import { valueConflictView, valueForChange } from "./value-records";

export async function declineProposal(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string; countryIndicatorId: string; version: number }> {
  const { id, version, reason } = parseInput(declineProposalSchema, input);
  return db.transaction(async (tx) => {
    const { value: proposal, countryIndicator } = await valueForChange(tx, actor, id);
    if (proposal.version !== version) throw conflict(await valueConflictView(tx, proposal));
    if (proposal.status !== "proposed") throw invalid({}, "resultsRules.notProposal");
    const at = new Date();
    await tx
      .update(indicatorValues)
      .set({ status: "declined", decidedById: actor.userId, decidedAt: at, declineReason: reason, version: version + 1, updatedAt: at })
      .where(eq(indicatorValues.id, id));
    await recordAudit(tx, actor, {
      action: "indicatorValue.decline",
      entityType: indicatorValueEntity,
      entityId: id,
      countryCode: countryIndicator.countryCode,
      before: { status: "proposed" },
      after: { status: "declined", reason },
    });
    return { id, countryCode: countryIndicator.countryCode, countryIndicatorId: countryIndicator.id, version: version + 1 };
  });
}
