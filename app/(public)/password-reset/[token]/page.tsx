import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadPublicPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { DeadLinkPage, OneTimeLinkPage } from "@/components/account/one-time-link-page";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getPasswordReset } from "@/lib/accounts/get-password-reset";
import { resetPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwordResetPage"))("title"), referrer: "no-referrer" };
}

async function PasswordResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = await loadPublicPage((db) => getPasswordReset(db, token));
  if (reset.state !== "valid") return <DeadLinkPage namespace="passwordResetPage" state={reset.state} />;
  const t = await getTranslations("passwordResetPage");
  return (
    <OneTimeLinkPage title={t("title")} intro={t("intro", { email: reset.email })}>
      <ClientMessages namespaces={["passwordResetPage", "account"]}>
        <ResetPasswordForm action={resetPasswordAction} token={token} />
      </ClientMessages>
    </OneTimeLinkPage>
  );
}

export default withRefusal(PasswordResetPage, { insideShell: false });
export const generateMetadata = withRefusalTitle(pageMetadata);
