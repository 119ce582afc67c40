import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { signInError } from "@/components/auth/sign-in-error";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { demoAccounts, demoPassword } from "@/db/seed-data/demo-accounts";
import { readCsrfToken } from "@/lib/auth/csrf-token";
import { oidcProviderId } from "@/lib/auth/oidc-provider";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { isSecondFactorStepError } from "@/lib/auth/second-factor-errors";
import { signInLimits } from "@/lib/auth/sign-in-limits";
import { demoAccountsEnabled, oidcSettings } from "@/lib/env";
import { getActor } from "@/lib/session";
import { requestOrigin } from "@/app/_edge/public-origin";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // Only pages of this Socle: a sign-in link must not send anyone elsewhere.
  const callbackUrl = safeRedirectPath(params.callbackUrl, await requestOrigin());
  if (await getActor()) redirect(callbackUrl);

  // The second-factor step's refusals come back here from next-auth: its page shows them.
  if (typeof params.error === "string" && isSecondFactorStepError(params.error)) redirect(`/sign-in/second-factor?error=${encodeURIComponent(params.error)}`);

  const csrfToken = await readCsrfToken();
  // next-auth sets its CSRF cookie on its own sign-in route, which sends the browser back here marked from=auth.
  if (!csrfToken && params.from !== "auth") redirect(`/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);

  const [t, tSecondFactor, tSso] = await Promise.all([getTranslations("auth"), getTranslations("secondFactor"), getTranslations("sso")]);
  const sso = oidcSettings();
  // Every wait the limits can ask for is a whole number of minutes up to the longest: each sentence formatted here,
  // since the catalogues reach the browser compiled, not as text to fill in.
  const waits = Array.from({ length: Math.ceil(signInLimits.longestDelaySeconds / 60) }, (_, index) => index + 1);
  const errors: Record<string, string> = {
    CredentialsSignin: t("wrongCredentials"),
    RateLimited: t("rateLimited"),
    ...Object.fromEntries(waits.map((minutes) => [`RateLimited:${minutes}`, t("rateLimitedFor", { minutes })])),
    SecondFactorExpired: tSecondFactor("signInExpired"),
    // Single sign-on: our refusals (lib/auth/external-sign-in.ts), and next-auth's when the provider's answer fails.
    SsoUnverifiedEmail: tSso("unverifiedEmail"),
    SsoUnknownEmail: tSso("unknownEmail"),
    SsoInactive: tSso("inactive"),
    ...Object.fromEntries(["OAuthSignin", "OAuthCallback", "Callback", "AccessDenied"].map((code) => [code, tSso("failed")])),
    default: t("sessionError"),
  };
  const errorCode = typeof params.error === "string" ? params.error : null;
  const initialError = errorCode ? signInError(errorCode, errors) : null;

  return (
    <>
      <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
        <p className="mb-2 text-center text-sm font-semibold tracking-wide text-brand-700 uppercase">Socle</p>
        <Card className="p-6">
          <h1 className="text-xl font-semibold">{t("signInTitle")}</h1>
          <p className="mt-1 mb-5 text-sm text-slate-600">{t("signInIntro")}</p>
          {csrfToken ? (
            <>
              <SignInForm
                csrfToken={csrfToken}
                callbackUrl={callbackUrl}
                initialError={initialError}
                messages={{ email: t("email"), password: t("password"), signIn: t("signIn"), signingIn: t("signingIn"), errors }}
              />
              {sso ? (
                // A plain form: next-auth answers with a redirect to the provider (proxy.ts lets this page's forms lead there).
                <form method="post" action={`/api/auth/signin/${oidcProviderId}`} className="mt-5">
                  <p className="mb-3 flex items-center gap-3 text-sm text-slate-600 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">
                    {tSso("or")}
                  </p>
                  <input type="hidden" name="csrfToken" value={csrfToken} />
                  <input type="hidden" name="callbackUrl" value={callbackUrl} />
                  <Button type="submit" variant="secondary" className="w-full">
                    {sso.buttonLabel}
                  </Button>
                </form>
              ) : null}
            </>
          ) : (
            <Alert tone="error">{t("cookiesRequired")}</Alert>
          )}
        </Card>
        {demoAccountsEnabled() ? (
          <details className="mt-6 rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <summary className="cursor-pointer font-medium">{t("demoAccounts")}</summary>
            <ul className="mt-2 space-y-1">
              {demoAccounts.map((account) => (
                <li key={account.email}>
                  <code>{account.email}</code>
                </li>
              ))}
            </ul>
            <p className="mt-2">
              {t("password")}: <code>{demoPassword}</code>
            </p>
          </details>
        ) : null}
      </main>
    </>
  );
}

export default withRefusal(SignInPage, { insideShell: false });
export const generateMetadata = withRefusalTitle(pageMetadata);
