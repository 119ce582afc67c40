/** A country's pages work offline: the last loaded copy can be read, and milestones and needs wait in a queue. */
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { OfflineProvider } from "@/components/offline/offline-provider";
import { Alert } from "@/components/ui/alert";
import { requireActor } from "@/lib/session";

export default async function CountryLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const t = await getTranslations("offline");
  const banner = (
    <div className="mb-4">
      <Alert title={t("bannerTitle")}>{t("bannerText")}</Alert>
    </div>
  );
  return (
    <OfflineProvider userId={actor.userId} banner={banner}>
      {children}
    </OfflineProvider>
  );
}
