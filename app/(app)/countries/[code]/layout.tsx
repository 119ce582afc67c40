/** A country's pages work offline: the last loaded copy can be read, and milestones and needs wait in a queue. */
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireActor } from "@/app/_edge/load-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { OfflineProvider } from "@/components/offline/offline-provider";
import { QueueSummary } from "@/components/offline/queue-summary";
import { Alert } from "@/components/ui/alert";
import { logMilestoneAction } from "./actions";
import { sendQueuedNeedAction } from "./offline-actions";

export default async function CountryLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const t = await getTranslations("offline");
  const banner = (
    <div className="mb-4">
      <Alert title={t("bannerTitle")}>{t("bannerText")}</Alert>
    </div>
  );
  // What waits on this device for the whole workspace, whichever page recorded it.
  const queueSummary = (
    <ClientMessages namespaces={["offline"]}>
      <QueueSummary />
    </ClientMessages>
  );
  return (
    <OfflineProvider userId={actor.userId} actions={{ logMilestone: logMilestoneAction, addNeed: sendQueuedNeedAction }} banner={banner} queueSummary={queueSummary}>
      {children}
    </OfflineProvider>
  );
}
