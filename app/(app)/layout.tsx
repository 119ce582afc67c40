import type { ReactNode } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { AppShell } from "@/components/app-shell/app-shell";
import { DemoBanner } from "@/components/app-shell/demo-banner";
import { loadShellFacts } from "@/lib/shell-facts";
import { chooseLanguageAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const { actor, unreadNotifications, demoData } = await loadPage(async ({ db, actor }) => ({ actor, ...(await loadShellFacts(db, actor)) }));
  return (
    <AppShell actor={actor} unreadNotifications={unreadNotifications} chooseLanguage={chooseLanguageAction} banner={demoData ? <DemoBanner /> : null}>
      {children}
    </AppShell>
  );
}
