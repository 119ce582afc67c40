/** Linking a support entry to a need it answers, shared by "answer a need" and "add support for this need". */
import { and, eq, isNull } from "drizzle-orm";
import type { Transaction } from "@/db/engine";
import { needSupportLinks, supportNeeds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { invalid, notFound } from "@/lib/errors";
import { noticeOfAnswer } from "@/lib/notifications/support-notices";
import { assertCan } from "@/lib/permissions";
import type { SupportEntryRow } from "./entries";

/** Links the entry to the need (once); the need must be a live need of the entry's country. */
export async function linkEntryToNeed(tx: Transaction, actor: Actor, entry: SupportEntryRow, needId: string): Promise<void> {
  assertCan(actor, "need.answer", { countryCode: entry.countryCode, agencyId: entry.agencyId });
  const [need] = await tx
    .select({ id: supportNeeds.id, countryCode: supportNeeds.countryCode, createdById: supportNeeds.createdById, description: supportNeeds.description })
    .from(supportNeeds)
    .where(and(eq(supportNeeds.id, needId), isNull(supportNeeds.deletedAt)));
  if (!need) throw notFound();
  if (need.countryCode !== entry.countryCode) throw invalid({ needId: "support.needOtherCountry" });
  const linked = await tx
    .insert(needSupportLinks)
    .values({ needId, supportEntryId: entry.id, linkedById: actor.userId })
    .onConflictDoNothing()
    .returning({ needId: needSupportLinks.needId });
  if (linked.length === 0) return; // already answered by this entry: nothing changes
  await recordAudit(tx, actor, {
    action: "need.answer",
    entityType: "support_need",
    entityId: needId,
    countryCode: entry.countryCode,
    agencyId: entry.agencyId,
    after: { supportEntryId: entry.id },
  });
  await noticeOfAnswer(tx, actor, entry, need);
}
