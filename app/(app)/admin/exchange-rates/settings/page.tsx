import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { FundingSettingsForm } from "@/components/exchange-rates/settings-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { DoneNotice } from "@/components/ui/done-notice";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getFundingSettings } from "@/lib/funding/settings";
import { mayEverDo } from "@/lib/permissions";
import { updateFundingSettingsAction } from "../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exchangeRates"))("settingsTitle") };
}

async function FundingSettingsPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const { done } = await searchParams;
  const settings = await loadPage(async ({ db, actor }) => {
    if (!mayEverDo(actor, "settings.manage")) forbidden();
    return getFundingSettings(db);
  });
  const [t, tNav] = await Promise.all([getTranslations("exchangeRates"), getTranslations("nav")]);
  return (
    <>
      <PageHeader title={t("settingsTitle")} intro={t("settingsIntro")}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 text-sm">
          <Link href="/admin/exchange-rates">{t("title")}</Link>
        </nav>
      </PageHeader>
      <DoneNotice done={done} known={["settingsSaved"] as const} message={(kind) => t(`done.${kind}`)} />
      <Card>
        <ClientMessages namespaces={["exchangeRates"]}>
          <FundingSettingsForm action={updateFundingSettingsAction} settings={settings} />
        </ClientMessages>
      </Card>
    </>
  );
}

export default withRefusal(FundingSettingsPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
