/** A person chooses how they get one kind of notification: an immediate notice, the daily digest, or not at all. */
import type { Database } from "@/db/engine";
import { notificationPreferences } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { parseInput } from "@/lib/validation/parse";
import { notificationPreferenceSchema } from "@/lib/validation/review";

export async function setNotificationPreference(db: Database, actor: Actor, input: unknown): Promise<{ kind: string }> {
  const values = parseInput(notificationPreferenceSchema, input);
  await db.transaction(async (tx) => {
    await tx
      .insert(notificationPreferences)
      .values({ userId: actor.userId, kind: values.kind, delivery: values.delivery })
      .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { delivery: values.delivery } });
    await recordAudit(tx, actor, {
      action: "notification.preference",
      entityType: "user",
      entityId: actor.userId,
      after: { [values.kind]: values.delivery },
    });
  });
  return { kind: values.kind };
}
