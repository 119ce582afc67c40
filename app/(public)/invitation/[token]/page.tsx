import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPublicPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { AcceptInvitationForm } from "@/components/account/accept-invitation-form";
import { DeadLinkPage, OneTimeLinkPage } from "@/components/account/one-time-link-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getInvitation } from "@/lib/accounts/get-invitation";
import type { Locale } from "@/lib/i18n/locales";
import { acceptInvitationAction } from "./actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  // The token stays out of the title, which browsers keep in their history.
  return { title: (await getTranslations("invitationPage"))("title"), referrer: "no-referrer" };
}

async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const locale = (await getLocale()) as Locale;
  const invitation = await loadPublicPage((db) => getInvitation(db, token, locale));
  if (invitation.state !== "valid") return <DeadLinkPage namespace="invitationPage" state={invitation.state} />;
  const [t, tRoles] = await Promise.all([getTranslations("invitationPage"), getTranslations("roles")]);
  const role = invitation.scope ? `${tRoles(invitation.role)} · ${invitation.scope}` : tRoles(invitation.role);
  return (
    <OneTimeLinkPage title={t("title")} intro={t("invitedAs", { role })}>
      <dl className="mb-4 text-sm">
        <dt className="text-slate-500">{t("email")}</dt>
        <dd className="font-medium">{invitation.email}</dd>
      </dl>
      <ClientMessages namespaces={["invitationPage", "account"]}>
        <AcceptInvitationForm action={acceptInvitationAction} token={token} />
      </ClientMessages>
    </OneTimeLinkPage>
  );
}

export default withRefusal(InvitationPage, { insideShell: false });
export const generateMetadata = withRefusalTitle(pageMetadata);
