/** The frame of the pages a one-time link opens (invitation, password reset), and what they say when it no longer works. */
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

export function OneTimeLinkPage({ title, intro, children }: { title: string; intro?: ReactNode; children?: ReactNode }) {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-2 text-center text-sm font-semibold tracking-wide text-brand-700 uppercase">Socle</p>
      <Card className="p-6">
        <h1 className="text-xl font-semibold">{title}</h1>
        {intro ? <p className="mt-1 mb-5 text-sm text-slate-600">{intro}</p> : null}
        {children}
      </Card>
    </main>
  );
}

/** An expired, used, withdrawn or unknown link: what happened and what to do, never a bare error. */
export async function DeadLinkPage({ namespace, state }: { namespace: "invitationPage" | "passwordResetPage"; state: "expired" | "used" | "revoked" | "unknown" }) {
  const [t, tAuth] = await Promise.all([getTranslations(namespace), getTranslations("auth")]);
  return (
    <OneTimeLinkPage title={t(`${state}Title`)}>
      <p className="mt-2 text-slate-700">{t(`${state}Body`)}</p>
      <p className="mt-6">
        <Link href="/sign-in">{tAuth("signIn")}</Link>
      </p>
    </OneTimeLinkPage>
  );
}
