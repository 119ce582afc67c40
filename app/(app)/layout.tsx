import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell/app-shell";
import { getDb } from "@/db";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";
import { requireActor } from "@/lib/session";
import { chooseLanguageAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const unreadNotifications = await countUnreadNotifications(await getDb(), actor);
  return (
    <AppShell actor={actor} unreadNotifications={unreadNotifications} chooseLanguage={chooseLanguageAction}>
      {children}
    </AppShell>
  );
}
