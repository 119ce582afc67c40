import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { readCsrfToken } from "@/lib/auth/csrf-token";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signOutTitle") };
}

/** Where next-auth sends a sign-out that arrived without its CSRF token (an expired cookie): confirm it. */
async function SignOutPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const csrfToken = await readCsrfToken();
  if (!csrfToken && (await searchParams).from !== "auth") redirect("/api/auth/signout");
  const t = await getTranslations("auth");
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <Card className="p-6">
        <h1 className="text-xl font-semibold">{t("signOutTitle")}</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600">{t("signOutConfirm")}</p>
        <form method="post" action="/api/auth/signout">
          <input type="hidden" name="csrfToken" value={csrfToken ?? ""} />
          <input type="hidden" name="callbackUrl" value="/sign-in" />
          <Button type="submit">{t("signOutTitle")}</Button>
        </form>
      </Card>
    </main>
  );
}

export default withRefusal(SignOutPage, { insideShell: false });
export const generateMetadata = withRefusalTitle(pageMetadata);
