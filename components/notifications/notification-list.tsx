/** Notifications as sentences: who did what, on which item of which country, with a link to it. */
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import type { NotificationView } from "@/lib/notifications/list-notifications";
import { notificationSentence } from "@/lib/notifications/notification-sentence";
import type { ServerAction } from "@/lib/forms/action-state";

export async function NotificationList({ action, items, label, markable }: { action: ServerAction; items: NotificationView[]; label: string; markable: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations("notifications"), getFormatter(), getLocale()]);
  const sentence = (item: NotificationView) => notificationSentence(t, locale, item);
  return (
    <ol className="space-y-2" aria-label={label}>
      {items.map((item) => (
        <li
          key={item.id}
          data-testid="notification"
          className={item.readAt ? "rounded-md border border-slate-200 bg-white p-3 text-sm" : "rounded-md border border-brand-100 border-l-4 border-l-brand-700 bg-white p-3 text-sm"}
        >
          <p>
            {item.readAt ? null : <span className="mr-1 font-semibold">{t("unread")} · </span>}
            <Link href={item.link}>{sentence(item)}</Link>
          </p>
          {item.params.text ? <p className="mt-1 whitespace-pre-line text-slate-700">“{item.params.text}”</p> : null}
          <div className="mt-1 flex flex-wrap items-center gap-3 text-slate-500">
            <time dateTime={item.createdAt.toISOString()}>{format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
            {markable && !item.readAt ? (
              <ActionButton
                action={action}
                fields={{ notificationId: item.id }}
                label={t("markRead")}
                pendingLabel={t("marking")}
                accessibleLabel={t("markReadNamed", { sentence: sentence(item) })}
                variant="ghost"
              />
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
