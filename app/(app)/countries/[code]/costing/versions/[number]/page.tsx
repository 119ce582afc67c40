import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { CostingComparisonView } from "@/components/costing/costing-comparison";
import { InputsSummary } from "@/components/costing/inputs-summary";
import { PackagesSummary } from "@/components/costing/packages-summary";
import { ScenariosSummary } from "@/components/costing/scenarios-summary";
import { VersionByline } from "@/components/dialogue/dialogue-standing";
import { DoneNotice } from "@/components/ui/done-notice";
import { CostingBreadcrumb } from "@/components/costing/costing-breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { populationSummary } from "@/lib/costing/data/content";
import { getCostingVersion } from "@/lib/costing/data/get-version";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; number: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((code: string, number: string) => loadPage(({ db, actor }) => getCostingVersion(db, actor, code, number)));

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { code, number } = await params;
  const view = await load(code, number);
  const t = await getTranslations("costing");
  return { title: `${t("versionName", { number: view.version.number })} · ${localized(view.country.name, (await getLocale()) as Locale)}` };
}

async function CostingVersionPage({ params, searchParams }: Props) {
  const [{ code, number }, { done }] = await Promise.all([params, searchParams]);
  const view = await load(code, number);
  const [t, format, locale] = await Promise.all([getTranslations("costing"), getFormatter(), getLocale()]);
  const countryName = localized(view.country.name, locale as Locale);
  const { version, content } = view;
  const base = `/countries/${view.country.code}/costing`;
  const date = format.dateTime(new Date(`${version.validatedOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const years = content.years.map((figures) => ({ ...figures, population: populationSummary(content.population, figures.year) }));

  return (
    <>
      <PageHeader title={t("versionTitle", { number: version.number, country: countryName })} intro={t("versionIntro", { date })}>
        <CostingBreadcrumb country={view.country} />
        <VersionByline
          countryCode={view.country.code}
          milestone={version.milestone}
          byName={version.validatedByName}
          latest={version.number < view.latestNumber ? { number: view.latestNumber, href: `${base}/versions/${view.latestNumber}` } : null}
          texts={{ dialogue: t("dialogue"), recordedBy: (name) => t("recordedBy", { name }), readLatest: (number) => t("readVersionLink", { number }) }}
        />
      </PageHeader>
      <DoneNotice done={done} known={["validated"] as const} message={() => t("done.validated", { number: version.number })} />
      <CostingComparisonView comparison={view.sinceThen} number={version.number} />
      <h2 className="mb-3 text-lg font-semibold">{t("frozenHeading", { number: version.number })}</h2>
      <p className="mb-3 text-sm">{t("frameLine", { baseYear: String(content.frame.baseYear), horizonYear: String(content.frame.horizonYear), currency: content.frame.currency })}</p>
      <div className="space-y-6">
        <InputsSummary frame={content.frame} years={years} />
        <ScenariosSummary countryCode={view.country.code} frame={content.frame} scenarios={content.scenarios} link={false} />
        {content.packages.length > 0 ? <PackagesSummary countryCode={view.country.code} frame={content.frame} packages={content.packages} link={false} /> : null}
      </div>
    </>
  );
}

export default withRefusal(CostingVersionPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
