/** How Socle counts funding: the short explanation the support pages' one sentence links to (decision 2110). */
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getFundingSettings } from "@/lib/funding/settings";
import { assertCan } from "@/lib/permissions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("funding"))("countingTitle") };
}

async function FundingCountingPage() {
  const settings = await loadPage(async ({ db, actor }) => {
    assertCan(actor, "support.read");
    return getFundingSettings(db);
  });
  const t = await getTranslations("funding");
  return (
    <>
      <PageHeader title={t("countingTitle")} intro={t("countingIntro")}>
        <nav aria-label={t("back")} className="mb-1 text-sm">
          <Link href="/support">{t("back")}</Link>
        </nav>
      </PageHeader>
      <Card className="max-w-3xl space-y-3 text-sm leading-relaxed">
        <p>{t("countingPledges")}</p>
        <p>{t("countingCommitted")}</p>
        <p>{t("countingPassThrough")}</p>
        <p>{t("countingCurrencies", { currency: settings.reportingCurrency, days: settings.rateMaxAgeDays })}</p>
      </Card>
    </>
  );
}

export default withRefusal(FundingCountingPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
