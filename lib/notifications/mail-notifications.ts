/**
 * Mails immediate notices when an SMTP server is configured (SMTP_URL): each unread notice of the last day, once,
 * in its recipient's language, with the link to the item. Without a mail server nothing is sent and nothing breaks.
 * Each notice is claimed (mailed_at set) before it is sent, so two server instances never send it twice; a send
 * that fails gives the claim back for the next round.
 */
import "server-only";
import { and, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import type { Queryable } from "@/db/engine";
import { notifications, users } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import es from "@/lib/i18n/messages/es.json";
import fr from "@/lib/i18n/messages/fr.json";
import pt from "@/lib/i18n/messages/pt.json";
import type { Mailer } from "@/lib/mail/mailer";
import { notificationViews } from "./list-notifications";
import { notificationSentence } from "./notification-sentence";

const catalogues = { en, fr, es, pt };
const batchSize = 100;

/** Sends what is pending; returns how many notices were mailed. */
export async function mailNotifications(db: Queryable, mailer: Mailer, options: { origin: string }): Promise<number> {
  const pending = db
    .select({ id: notifications.id })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(
        eq(notifications.delivery, "immediate"),
        isNull(notifications.mailedAt),
        isNull(notifications.readAt),
        eq(users.active, true),
        gte(notifications.createdAt, sql`now() - interval '1 day'`),
      ),
    )
    .limit(batchSize);
  const claimed = await db
    .update(notifications)
    .set({ mailedAt: new Date() })
    // "Not mailed" again outside the subquery: PostgreSQL re-checks it on a row another instance has just claimed.
    .where(and(isNull(notifications.mailedAt), inArray(notifications.id, pending)))
    .returning({ id: notifications.id, userId: notifications.userId });
  if (claimed.length === 0) return 0;
  const [views, recipients] = await Promise.all([
    notificationViews(db, inArray(notifications.id, claimed.map((row) => row.id)), batchSize),
    db.select({ id: users.id, email: users.email, locale: users.locale }).from(users).where(inArray(users.id, [...new Set(claimed.map((row) => row.userId))])),
  ]);
  const recipientOf = new Map(claimed.map((row) => [row.id, recipients.find((user) => user.id === row.userId)!]));
  let mailed = 0;
  for (const view of views) {
    const recipient = recipientOf.get(view.id)!;
    const locale: Locale = recipient.locale ?? "en";
    const t = createTranslator({ locale, messages: catalogues[locale], namespace: "notifications" });
    const sentence = notificationSentence(t, locale, view);
    try {
      await mailer({ to: recipient.email, subject: t("mailSubject", { sentence }), text: t("mailBody", { sentence, link: `${options.origin}${view.link}` }) });
      mailed++;
    } catch (error) {
      await db.update(notifications).set({ mailedAt: null }).where(eq(notifications.id, view.id));
      console.error(`Socle: a notification mail to ${recipient.email} failed (${error instanceof Error ? error.message : String(error)}); it will be tried again.`);
    }
  }
  return mailed;
}

/**
 * Every `intervalSeconds` (a minute by default) while the server runs, when a mail server is configured; a failed
 * round is tried again next time. Every instance runs it: the claim above sends each notice once.
 */
export function startNotificationMails(db: Queryable, mailer: Mailer, origin: string, options: { intervalSeconds: number }): void {
  const timer = setInterval(() => {
    mailNotifications(db, mailer, { origin }).catch((error: unknown) =>
      console.error(`Socle: notification mails failed this round (${error instanceof Error ? error.message : String(error)}).`),
    );
  }, options.intervalSeconds * 1000);
  timer.unref();
}
