/**
 * Importing indicator values (issue 19, decision 1910): a coordinator uploads an Open SDG or ILOSTAT file and
 * sees what it would do, row by row, before anything is written.
 */
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage, requirePermission } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { IndicatorImportForm } from "@/components/results-across/indicator-import-form";
import { TitledCard } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { listCountries } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { indicatorImportLimits } from "@/lib/imports/import-limits";
import { checkIndicatorFileAction } from "./actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resultsImport"))("title") };
}

async function ResultsImportPage() {
  const locale = (await getLocale()) as Locale;
  const countries = await loadPage(async ({ db, actor }) => {
    requirePermission(actor, "results.import");
    return listCountries(db, actor, { locale });
  });
  const [t, tImport] = await Promise.all([getTranslations("resultsImport"), getTranslations("import")]);
  const megabytes = indicatorImportLimits.maxBytes / 1024 / 1024;
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { rows: indicatorImportLimits.maxRows })}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href="/results">{t("across")}</Link>
        </nav>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-2">
        <TitledCard id="indicator-import-upload" title={t("uploadTitle")}>
          <IndicatorImportForm
            action={checkIndicatorFileAction}
            countries={countries.map((country) => ({ value: country.code, label: country.name }))}
            maxBytes={indicatorImportLimits.maxBytes}
            labels={{
              country: t("country"),
              countryHint: t("countryHint"),
              anyCountry: t("anyCountry"),
              seriesColumn: t("seriesColumn"),
              seriesColumnHint: t("seriesColumnHint"),
              file: t("file"),
              fileHint: tImport("fileHint", { maximum: megabytes }),
              fileTooLarge: tImport("fileTooLarge", { maximum: megabytes }),
              check: tImport("check"),
              checking: tImport("checking"),
            }}
          />
        </TitledCard>
        <TitledCard id="indicator-import-layouts" title={t("layoutsTitle")}>
          <dl className="space-y-3 text-sm text-slate-700">
            <div>
              <dt className="font-medium text-slate-900">{t("openSdgTitle")}</dt>
              <dd>{t("openSdgText")}</dd>
              <dd className="mt-1 font-mono text-xs">Year,Series,Units,Sex,Value</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-900">{t("ilostatTitle")}</dt>
              <dd>{t("ilostatText")}</dd>
              <dd className="mt-1 font-mono text-xs">ref_area,source,indicator,sex,classif1,time,obs_value,obs_status</dd>
            </div>
          </dl>
          <p className="mt-3 text-sm">{t("repeat")}</p>
        </TitledCard>
      </div>
    </>
  );
}

export default withRefusal(ResultsImportPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
