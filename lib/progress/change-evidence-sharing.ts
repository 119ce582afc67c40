/** Changes who may see one evidence item: its country's working group and coordinators, or everyone signed in. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { evidence } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { changeEvidenceSharingSchema } from "@/lib/validation/progress";
import { isRecordId } from "./records";

export async function changeEvidenceSharing(db: Database, actor: Actor, input: unknown): Promise<{ milestoneId: string; countryCode: string }> {
  const values = parseInput(changeEvidenceSharingSchema, input);
  if (!isRecordId(values.evidenceId)) throw notFound();
  return db.transaction(async (tx) => {
    const [item] = await tx.select().from(evidence).where(eq(evidence.id, values.evidenceId)).for("update");
    if (!item) throw notFound();
    assertCan(actor, "milestone.edit", { countryCode: item.countryCode });
    if (item.deletedAt) throw notFound();
    const result = { milestoneId: item.milestoneId, countryCode: item.countryCode };
    // Setting a value rather than toggling: two people sharing the same item agree.
    if (item.sharingLevel === values.sharingLevel) return result;
    await tx.update(evidence).set({ sharingLevel: values.sharingLevel }).where(eq(evidence.id, item.id));
    await recordAudit(tx, actor, {
      action: "evidence.sharing",
      entityType: "evidence",
      entityId: item.id,
      countryCode: item.countryCode,
      before: { sharingLevel: item.sharingLevel },
      after: { sharingLevel: values.sharingLevel },
    });
    return result;
  });
}
