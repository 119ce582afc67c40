/**
 * A country's progress chart for other sites to frame (decision 2200): the one route proxy.ts and next.config.ts let
 * be framed anywhere. The chart alone, its text alternative, and a link to the whole page; no script needed.
 */
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadPublicPage } from "@/app/_edge/load-page";
import { publishedCountryPage } from "@/app/_edge/public-pages-cache";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ProgressChart } from "@/components/public-pages/progress-chart";
import { demoAccountsEnabled } from "@/lib/env";
import { publicCountryPath } from "@/lib/publication/public-paths";
import { hasDemoDataset } from "@/lib/seed/demo/has-demo-dataset";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; code: string }> };

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { locale: requested, code } = await params;
  const { locale, name } = await publishedCountryPage(requested, code);
  const t = await getTranslations({ locale, namespace: "publicPages" });
  // The page it stands for is the one search engines should list.
  return { title: t("chartTitle", { country: name }), robots: { index: false, follow: true } };
}

async function PublicCountryEmbed({ params }: Props) {
  const { locale: requested, code } = await params;
  const { locale, country, name } = await publishedCountryPage(requested, code);
  const [t, tDemo, demoData] = await Promise.all([
    getTranslations("publicPages"),
    getTranslations("demo"),
    demoAccountsEnabled() ? loadPublicPage((db) => hasDemoDataset(db)) : false,
  ]);
  return (
    <main className="p-3">
      {demoData ? <p className="mb-1 text-xs font-semibold text-amber-900" data-demo-banner="">{tDemo("bannerTitle")}</p> : null}
      <h1 className="mb-2 text-base font-semibold text-slate-900">{t("chartTitle", { country: name })}</h1>
      <ProgressChart countryName={name} steps={country.steps} locale={locale} />
      <p className="mt-2 text-sm">
        <a href={publicCountryPath(locale, country.code)} target="_blank" rel="noopener" className="underline">
          {t("openPage")}
        </a>
      </p>
    </main>
  );
}

export default withRefusal(PublicCountryEmbed, { insideShell: false });
export const generateMetadata = withRefusalTitle(pageMetadata);
