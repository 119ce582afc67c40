import type { ReactNode } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { AppShell } from "@/components/app-shell/app-shell";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";
import { chooseLanguageAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const { actor, unreadNotifications } = await loadPage(async ({ db, actor }) => ({ actor, unreadNotifications: await countUnreadNotifications(db, actor) }));
  return (
    <AppShell actor={actor} unreadNotifications={unreadNotifications} chooseLanguage={chooseLanguageAction}>
      {children}
    </AppShell>
  );
}
