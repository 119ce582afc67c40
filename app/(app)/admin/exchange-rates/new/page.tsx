import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ExchangeRateForm } from "@/components/exchange-rates/rate-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getFundingSettings } from "@/lib/funding/settings";
import { mayEverDo } from "@/lib/permissions";
import { addExchangeRateAction } from "../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exchangeRates"))("addTitle") };
}

async function NewExchangeRatePage() {
  const settings = await loadPage(async ({ db, actor }) => {
    if (!mayEverDo(actor, "exchangeRate.manage")) forbidden();
    return getFundingSettings(db);
  });
  const [t, tNav] = await Promise.all([getTranslations("exchangeRates"), getTranslations("nav")]);
  return (
    <>
      <PageHeader title={t("addTitle")}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 text-sm">
          <Link href="/admin/exchange-rates">{t("title")}</Link>
        </nav>
      </PageHeader>
      <Card>
        <ClientMessages namespaces={["exchangeRates"]}>
          <ExchangeRateForm action={addExchangeRateAction} reportingCurrency={settings.reportingCurrency} />
        </ClientMessages>
      </Card>
    </>
  );
}

export default withRefusal(NewExchangeRatePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
