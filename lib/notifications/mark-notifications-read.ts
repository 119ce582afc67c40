/**
 * Marks a person's own notifications read: one notice, one day's digest, or everything. Only ever the actor's
 * rows; not audited, since nothing anyone else sees changes.
 */
import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { notifications } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { isRecordId } from "@/lib/progress/records";
import { parseInput } from "@/lib/validation/parse";
import { markNotificationsReadSchema } from "@/lib/validation/review";

export async function markNotificationsRead(db: Database, actor: Actor, input: unknown): Promise<{ count: number }> {
  const { notificationId, day } = parseInput(markNotificationsReadSchema, input);
  const which: SQL | undefined = notificationId
    ? isRecordId(notificationId)
      ? eq(notifications.id, notificationId)
      : sql`false`
    : day
      ? and(eq(notifications.delivery, "digest"), sql`to_char(${notifications.createdAt} at time zone 'UTC', 'YYYY-MM-DD') = ${day}`)
      : undefined;
  const marked = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt), which))
    .returning({ id: notifications.id });
  return { count: marked.length };
}
