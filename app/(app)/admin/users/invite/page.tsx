import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { InviteUserForm } from "@/components/admin/invite-user-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { scopeOptions } from "../../scope-options";
import { inviteUserAction } from "../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUsers"))("inviteTitle") };
}

async function InvitePage() {
  const locale = (await getLocale()) as Locale;
  const options = await loadPage(({ db, actor }) => scopeOptions(db, actor, locale));
  const [t, tNav] = await Promise.all([getTranslations("adminUsers"), getTranslations("nav")]);
  return (
    <>
      <PageHeader title={t("inviteTitle")} intro={t("inviteIntro")}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 text-sm">
          <Link href="/admin/users">{t("backToUsers")}</Link>
        </nav>
      </PageHeader>
      <Card>
        <ClientMessages namespaces={["adminUsers", "roles", "languages", "common"]}>
          <InviteUserForm action={inviteUserAction} countries={options.countries} agencies={options.agencies} locale={locale} />
        </ClientMessages>
      </Card>
    </>
  );
}

export default withRefusal(InvitePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
