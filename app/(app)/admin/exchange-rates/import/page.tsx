import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ImportUploadForm } from "@/components/imports/import-upload-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TitledCard } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { exchangeRateImportLimits } from "@/lib/imports/import-limits";
import { mayEverDo } from "@/lib/permissions";
import { checkExchangeRateImportAction } from "../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exchangeRates"))("importPage.title") };
}

async function ExchangeRateImportPage() {
  await loadPage(async ({ actor }) => {
    if (!mayEverDo(actor, "exchangeRate.manage")) forbidden();
  });
  const [t, tNav] = await Promise.all([getTranslations("exchangeRates.importPage"), getTranslations("nav")]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { rows: exchangeRateImportLimits.maxRows })}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 text-sm">
          <Link href="/admin/exchange-rates">{tNav("exchangeRates")}</Link>
        </nav>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-2">
        <TitledCard id="rate-import-upload" title={t("check")}>
          <ClientMessages namespaces={["import"]}>
            <ImportUploadForm action={checkExchangeRateImportAction} maxBytes={exchangeRateImportLimits.maxBytes} />
          </ClientMessages>
        </TitledCard>
        <TitledCard id="rate-import-layouts" title={t("layoutsTitle")}>
          <ul className="list-disc space-y-2 pl-5 text-sm text-slate-700">
            <li>{t("socleLayout")}</li>
            <li>{t("imfLayout")}</li>
            <li>{t("roundingNote")}</li>
          </ul>
        </TitledCard>
      </div>
    </>
  );
}

export default withRefusal(ExchangeRateImportPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
