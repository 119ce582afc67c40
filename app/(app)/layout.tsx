import type { ReactNode } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { AppShell } from "@/components/app-shell/app-shell";
import { DemoBanner } from "@/components/app-shell/demo-banner";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";
import { hasDemoDataset } from "@/lib/seed/demo/has-demo-dataset";
import { chooseLanguageAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const { actor, unreadNotifications, demoData } = await loadPage(async ({ db, actor }) => ({
    actor,
    unreadNotifications: await countUnreadNotifications(db, actor),
    demoData: await hasDemoDataset(db),
  }));
  return (
    <AppShell actor={actor} unreadNotifications={unreadNotifications} chooseLanguage={chooseLanguageAction} banner={demoData ? <DemoBanner /> : null}>
      {children}
    </AppShell>
  );
}
