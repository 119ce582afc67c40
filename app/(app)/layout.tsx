import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell/app-shell";
import { requireActor } from "@/lib/session";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  return <AppShell actor={actor}>{children}</AppShell>;
}
