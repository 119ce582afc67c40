/** The pages reached without signing in (sign-in, sign-out, invitation, password reset): the demonstration banner when that dataset is loaded (decision 2320). */
import type { ReactNode } from "react";
import { loadPublicPage } from "@/app/_edge/load-page";
import { DemoBanner } from "@/components/app-shell/demo-banner";
import { demoAccountsEnabled } from "@/lib/env";
import { hasDemoDataset } from "@/lib/seed/demo/has-demo-dataset";

export const dynamic = "force-dynamic";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const demoData = demoAccountsEnabled() && (await loadPublicPage((db) => hasDemoDataset(db)));
  return (
    <>
      {demoData ? <DemoBanner /> : null}
      {children}
    </>
  );
}
