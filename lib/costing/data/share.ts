/** Who reads a country's costing, its inputs, scenarios, packages and validated versions: its working group and coordinators, or everyone signed in. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { costings } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { shareCostingSchema } from "@/lib/validation/costing";
import { parseInput } from "@/lib/validation/parse";
import { costingAsSeen, recordCostingChange } from "./costing-change";

export async function shareCosting(db: Database, actor: Actor, input: unknown): Promise<{ countryCode: string; version: number }> {
  const { countryCode, version, sharingLevel } = parseInput(shareCostingSchema, input);
  assertCan(actor, "costing.write", { countryCode });
  return db.transaction(async (tx) => {
    const costing = await costingAsSeen(tx, actor, countryCode, version);
    if (costing.sharingLevel === sharingLevel) return { countryCode, version: costing.version };
    await tx.update(costings).set({ sharingLevel }).where(eq(costings.countryCode, countryCode));
    const next = await recordCostingChange(tx, actor, countryCode, { action: "costing.share", before: { sharingLevel: costing.sharingLevel }, after: { sharingLevel } });
    return { countryCode, version: next };
  });
}
