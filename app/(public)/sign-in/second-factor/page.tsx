import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { Link } from "@/components/ui/link";
import { readCsrfToken } from "@/lib/auth/csrf-token";
import { readPendingSignInCookie } from "@/lib/auth/pending-sign-in-cookie";
import { getActor } from "@/lib/session";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("secondFactor"))("signInTitle") };
}

/**
 * The second step of a password sign-in for a person whose second factor is on: a plain form posted to next-auth's
 * "second-factor" provider (lib/auth/second-factor-step.ts), so it works without JavaScript; next-auth sends the
 * browser on to the page asked for, or back here through the sign-in page with the refusal.
 */
async function SecondFactorSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await getActor()) redirect("/");
  const [pending, csrfToken] = await Promise.all([readPendingSignInCookie(), readCsrfToken()]);
  if (!pending || !csrfToken) redirect("/sign-in?from=auth&error=SecondFactorExpired");
  const [t, tAuth] = await Promise.all([getTranslations("secondFactor"), getTranslations("auth")]);
  const error = (await searchParams).error;
  const minutes = typeof error === "string" && error.startsWith("SecondFactorRateLimited:") ? Number(error.split(":")[1]) || 1 : null;
  const message = minutes ? tAuth("rateLimitedFor", { minutes }) : error === "SecondFactorWrong" ? t("codeWrong") : null;

  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-2 text-center text-sm font-semibold tracking-wide text-brand-700 uppercase">Socle</p>
      <Card className="p-6">
        <h1 className="text-xl font-semibold">{t("signInTitle")}</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600">{t("signInIntro")}</p>
        <form method="post" action="/api/auth/callback/second-factor" className="space-y-4">
          <input type="hidden" name="csrfToken" value={csrfToken} />
          <input type="hidden" name="callbackUrl" value={pending.callbackUrl} />
          <Field id="second-factor-code" label={t("code")} hint={t("codeHint")} error={message ?? undefined}>
            <Input name="code" autoComplete="one-time-code" autoCapitalize="none" spellCheck={false} required autoFocus maxLength={40} />
          </Field>
          <Button type="submit" className="w-full">
            {t("continue")}
          </Button>
        </form>
      </Card>
      <p className="mt-4 text-center text-sm">
        <Link href="/sign-in">{t("backToSignIn")}</Link>
      </p>
    </main>
  );
}

export default withRefusal(SecondFactorSignInPage, { insideShell: false });
export const generateMetadata = withRefusalTitle(pageMetadata);
