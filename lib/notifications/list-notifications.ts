/**
 * A person's notifications: the bell's count, the immediate notices, and the daily digests (what they chose to
 * get once a day, grouped by the UTC day it happened; a day's digest counts on the bell once the day is over).
 */
import { and, desc, eq, gte, inArray, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, countrySteps, type LocalizedText, notificationPreferences, notifications, users } from "@/db/schema";
import { notificationKinds } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import type { NotificationKind } from "./notify";
import { type StepTitle, stepTitlesById } from "@/lib/progress/step-title";

export type NotificationView = {
  id: string;
  kind: NotificationKind;
  link: string;
  params: Record<string, string>;
  actorName: string | null;
  countryName: LocalizedText | null;
  /** The step a notice is about, when it names one: a framework step's title, or a national step's. */
  stepTitle: StepTitle | null;
  readAt: Date | null;
  createdAt: Date;
};

export type Digest = { day: string; items: NotificationView[]; unread: number };

const today = () => new Date().toISOString().slice(0, 10);
const dayOf = sql<string>`to_char(${notifications.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;

/**
 * Unread immediate notices, plus the unread digests of days that are over: an integer, as a subquery, so the
 * signed-in shell reads it with what else it shows on every page in one statement (lib/shell-facts.ts).
 */
export function unreadNotificationCount(actor: Actor): SQL<number> {
  return sql<number>`(select (count(*) filter (where ${notifications.delivery} = 'immediate')
      + count(distinct ${dayOf}) filter (where ${notifications.delivery} = 'digest' and ${dayOf} < ${today()}))::int
    from ${notifications} where ${notifications.userId} = ${actor.userId} and ${notifications.readAt} is null)`;
}

/** The newest notices, and the digests of the last two weeks. */
const noticeLimit = 100;
const digestDays = 14;

/** Notifications matching `where`, newest first, with the names their sentences need. */
export async function notificationViews(db: Queryable, where: ReturnType<typeof and>, limit: number): Promise<NotificationView[]> {
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      link: notifications.link,
      params: notifications.params,
      actorName: users.name,
      countryName: countries.name,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(countries, eq(countries.code, notifications.countryCode))
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  const stepIds = [...new Set(rows.map((row) => row.params.countryStepId).filter((id): id is string => Boolean(id)))];
  const titles = stepIds.length ? await stepTitlesById(db, inArray(countrySteps.id, stepIds)) : new Map<string, StepTitle>();
  return rows.map((row) => ({ ...row, stepTitle: titles.get(row.params.countryStepId ?? "") ?? null }));
}

export async function listNotifications(db: Queryable, actor: Actor) {
  const since = new Date(Date.now() - digestDays * 86_400_000);
  const [notices, digestItems, chosen] = await Promise.all([
    notificationViews(db, and(eq(notifications.userId, actor.userId), eq(notifications.delivery, "immediate")), noticeLimit),
    notificationViews(db, and(eq(notifications.userId, actor.userId), eq(notifications.delivery, "digest"), gte(notifications.createdAt, since)), 1000),
    db
      .select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, actor.userId)),
  ]);
  const digests = new Map<string, Digest>();
  for (const item of digestItems) {
    const day = item.createdAt.toISOString().slice(0, 10);
    const digest = digests.get(day) ?? { day, items: [], unread: 0 };
    digest.items.push(item);
    if (!item.readAt) digest.unread++;
    digests.set(day, digest);
  }
  const preferenceOf = new Map(chosen.map((row) => [row.kind, row.delivery]));
  return {
    notices,
    digests: [...digests.values()],
    today: today(),
    preferences: notificationKinds.map((kind) => ({ kind, delivery: preferenceOf.get(kind) ?? "immediate" })),
  };
}
