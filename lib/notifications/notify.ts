/**
 * Writes notifications inside the transaction of the change that causes them: one row per recipient who has
 * not turned the kind off, marked as an immediate notice or for the day's digest as they chose. Never to the
 * person who made the change. Socle itself (a reminder) is the author `null`, as in the audit log.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/db/engine";
import { memberships, notificationPreferences, notifications, type notificationKinds, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";

export type NotificationKind = (typeof notificationKinds)[number];

export type Notice = {
  kind: NotificationKind;
  recipientIds: string[];
  countryCode: string | null;
  /** A path inside Socle: the page the notice opens. */
  link: string;
  /** Values for the sentence the catalogue has for this kind (titles, a reason…). */
  params: Record<string, string>;
};

export async function notify(tx: Transaction, actor: Pick<Actor, "userId"> | null, notice: Notice): Promise<number> {
  const recipients = [...new Set(notice.recipientIds)].filter((id) => id !== actor?.userId);
  if (recipients.length === 0) return 0;
  const [active, chosen] = await Promise.all([
    tx.select({ id: users.id }).from(users).where(and(inArray(users.id, recipients), eq(users.active, true))),
    tx
      .select({ userId: notificationPreferences.userId, delivery: notificationPreferences.delivery })
      .from(notificationPreferences)
      .where(and(inArray(notificationPreferences.userId, recipients), eq(notificationPreferences.kind, notice.kind))),
  ]);
  const deliveryOf = new Map(chosen.map((row) => [row.userId, row.delivery]));
  const rows = active
    .map((user) => ({ userId: user.id, delivery: deliveryOf.get(user.id) ?? ("immediate" as const) }))
    .filter((row) => row.delivery !== "off")
    .map((row) => ({
      ...row,
      kind: notice.kind,
      countryCode: notice.countryCode,
      actorId: actor?.userId ?? null,
      link: notice.link,
      params: notice.params,
    }));
  if (rows.length > 0) await tx.insert(notifications).values(rows);
  return rows.length;
}

/** The members of a country's working group: the people a country's steps and needs belong to. */
export async function workingGroupOf(tx: Transaction, countryCode: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.role, "working_group_member"), eq(memberships.countryCode, countryCode)));
  return rows.map((row) => row.userId);
}
