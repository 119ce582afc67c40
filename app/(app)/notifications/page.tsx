import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NotificationList } from "@/components/notifications/notification-list";
import { PreferenceForm } from "@/components/notifications/preference-form";
import { ActionButton } from "@/components/ui/action-button";
import { TitledCard } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markNotificationsReadAction, setNotificationPreferenceAction } from "./actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

async function NotificationsPage() {
  const { notices, digests, today, preferences } = await loadPage(({ db, actor }) => listNotifications(db, actor));
  const [t, format] = await Promise.all([getTranslations("notifications"), getFormatter()]);
  const unread = notices.some((notice) => !notice.readAt) || digests.some((digest) => digest.unread > 0);

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          unread ? <ActionButton action={markNotificationsReadAction} fields={{}} label={t("markAllRead")} pendingLabel={t("marking")} /> : null
        }
      />
      <section aria-labelledby="notices" className="mb-8">
        <h2 id="notices" className="mb-3 text-lg font-semibold">
          {t("notices")}
        </h2>
        {notices.length === 0 ? <EmptyState>{t("noNotices")}</EmptyState> : <NotificationList action={markNotificationsReadAction} items={notices} label={t("notices")} markable />}
      </section>

      <section aria-labelledby="digests" className="mb-8">
        <h2 id="digests" className="mb-3 text-lg font-semibold">
          {t("digests")}
        </h2>
        {digests.length === 0 ? (
          <EmptyState>{t("noDigests")}</EmptyState>
        ) : (
          <div className="space-y-4">
            {digests.map((digest) => {
              const day = format.dateTime(new Date(`${digest.day}T12:00:00Z`), { dateStyle: "full", timeZone: "UTC" });
              return (
                <TitledCard key={digest.day} id={`digest-${digest.day}`} title={digest.day === today ? t("digestToday", { day }) : t("digestOf", { day })}>
                  <NotificationList action={markNotificationsReadAction} items={digest.items} label={t("digestOf", { day })} markable={false} />
                  {digest.unread > 0 ? (
                    <ActionButton
                      action={markNotificationsReadAction}
                      fields={{ day: digest.day }}
                      label={t("markDigestRead")}
                      pendingLabel={t("marking")}
                      accessibleLabel={t("markDigestReadNamed", { day })}
                      className="mt-3"
                    />
                  ) : null}
                </TitledCard>
              );
            })}
          </div>
        )}
      </section>

      <TitledCard id="preferences" title={t("preferences")}>
        <p className="mb-3 text-sm text-slate-600">{t("preferencesIntro")}</p>
        <ClientMessages namespaces={["notifications"]}>
          <div className="space-y-3">
            {preferences.map((preference) => (
              <PreferenceForm key={preference.kind} action={setNotificationPreferenceAction} kind={preference.kind} delivery={preference.delivery} />
            ))}
          </div>
        </ClientMessages>
      </TitledCard>
    </>
  );
}

export default withRefusal(NotificationsPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
