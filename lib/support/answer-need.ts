/** An adviser answers a country's need with one of their agency's entries, or takes that answer back. */
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { needSupportLinks } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { parseInput } from "@/lib/validation/parse";
import { needLinkSchema } from "@/lib/validation/support";
import { entryForChange } from "./entries";
import { linkEntryToNeed } from "./need-links";

export async function answerNeed(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { needId, supportEntryId } = parseInput(needLinkSchema, input);
  await db.transaction(async (tx) => {
    const entry = await entryForChange(tx, actor, supportEntryId, "need.answer");
    await linkEntryToNeed(tx, actor, entry, needId);
  });
}

export async function unanswerNeed(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { needId, supportEntryId } = parseInput(needLinkSchema, input);
  await db.transaction(async (tx) => {
    const entry = await entryForChange(tx, actor, supportEntryId, "need.answer");
    const removed = await tx
      .delete(needSupportLinks)
      .where(and(eq(needSupportLinks.needId, needId), eq(needSupportLinks.supportEntryId, supportEntryId)))
      .returning({ needId: needSupportLinks.needId });
    if (removed.length === 0) return;
    await recordAudit(tx, actor, {
      action: "need.unanswer",
      entityType: "support_need",
      entityId: needId,
      countryCode: entry.countryCode,
      agencyId: entry.agencyId,
      before: { supportEntryId },
    });
  });
}
