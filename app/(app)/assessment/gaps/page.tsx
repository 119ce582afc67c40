import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { GapsBlockCard, GapsCountriesSection } from "@/components/assessment/gaps-block";
import { GapsFilters } from "@/components/assessment/gaps-filters";
import { Alert } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { listAgencyNames } from "@/lib/agencies/agency-names";
import { getAssessmentGaps } from "@/lib/assessment/matrix/gaps";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { can } from "@/lib/permissions";
import { assessmentGapsFilterNames } from "@/lib/validation/assessment-gaps";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessmentGaps"))("title") };
}

async function AssessmentGapsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const typed = Object.fromEntries(assessmentGapsFilterNames.map((name) => [name, params[name]]));
  const [t, locale, { gaps, agencies, mayExport }] = await Promise.all([
    getTranslations("assessmentGaps"),
    getLocale(),
    loadPage(async ({ db, actor }) => ({
      gaps: await getAssessmentGaps(db, actor, typed),
      agencies: await listAgencyNames(db),
      mayExport: can(actor, "report.export", { countryCode: null }),
    })),
  ]);
  const withFigures = gaps.blocks[0]?.rows.length ?? 0;
  const filtered = Object.values(gaps.query).some((value) => value !== undefined);
  const exportQuery = new URLSearchParams(Object.entries(gaps.query).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
  const suffix = exportQuery ? `?${exportQuery}` : "";

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <>
            <Link href="/matrix" className={buttonClassName("secondary")}>{t("matrixLink")}</Link>
            <Link href="/charts" className={buttonClassName("secondary")}>{t("chartsLink")}</Link>
          </>
        }
      />
      <GapsFilters
        query={gaps.query}
        agencies={agencies.map((agency) => ({ acronym: agency.acronym, name: localized(agency.shortName, locale as Locale) }))}
        summary={t("summary", { shown: withFigures, none: gaps.noneRecorded.length, kept: gaps.notShared.length })}
      />
      {gaps.ignored.length > 0 ? (
        <div className="mb-6">
          <Alert tone="error">{t("ignored", { fields: gaps.ignored.map((name) => t(name)).join(", ") })}</Alert>
        </div>
      ) : null}
      <div className="space-y-6">
        {withFigures === 0 ? (
          <EmptyState action={filtered ? <Link href="/assessment/gaps">{t("clear")}</Link> : undefined}>{filtered ? t("emptyBlock") : t("noFigures")}</EmptyState>
        ) : (
          gaps.blocks.map((block) => <GapsBlockCard key={block.guarantee} block={block} />)
        )}
        {withFigures > 0 && mayExport ? (
          <p className="text-sm">
            {t("downloads")}: <a href={`/exports/assessment-gaps.csv${suffix}`}>{t("csv")}</a> · <a href={`/exports/assessment-gaps.xlsx${suffix}`}>{t("xlsx")}</a>
          </p>
        ) : null}
        {gaps.noneRecorded.length > 0 ? (
          <GapsCountriesSection id="gaps-none-recorded" title={t("noneRecordedTitle")} intro={t("noneRecordedIntro")} countries={gaps.noneRecorded} />
        ) : null}
        {gaps.notShared.length > 0 ? (
          <GapsCountriesSection id="gaps-not-shared" title={t("notSharedTitle")} intro={t("notSharedIntro")} countries={gaps.notShared} />
        ) : null}
      </div>
    </>
  );
}

export default withRefusal(AssessmentGapsPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
