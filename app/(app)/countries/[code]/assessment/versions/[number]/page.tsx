import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { MatrixBlock } from "@/components/assessment/matrix-block";
import { VersionComparison } from "@/components/assessment/version-comparison";
import { VersionByline } from "@/components/dialogue/dialogue-standing";
import { DoneNotice } from "@/components/ui/done-notice";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getAssessmentVersion } from "@/lib/assessment/matrix/get-version";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; number: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((code: string, number: string) => loadPage(({ db, actor }) => getAssessmentVersion(db, actor, code, number)));

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { code, number } = await params;
  const view = await load(code, number);
  const t = await getTranslations("assessment");
  return { title: `${t("versionName", { number: view.version.number })} · ${localized(view.country.name, (await getLocale()) as Locale)}` };
}

async function AssessmentVersionPage({ params, searchParams }: Props) {
  const [{ code, number }, { done }] = await Promise.all([params, searchParams]);
  const view = await load(code, number);
  const [t, format, locale] = await Promise.all([getTranslations("assessment"), getFormatter(), getLocale()]);
  const countryName = localized(view.country.name, locale as Locale);
  const { version } = view;
  const matrix = `/countries/${view.country.code}/assessment`;
  const date = format.dateTime(new Date(`${version.endorsedOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });

  return (
    <>
      <PageHeader title={t("versionTitle", { number: version.number, country: countryName })} intro={t("versionIntro", { date })}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${view.country.code}`}>{countryName}</Link> › <Link href={matrix}>{t("title")}</Link>
        </nav>
        <VersionByline
          countryCode={view.country.code}
          milestone={version.milestone}
          byName={version.endorsedByName}
          latest={version.number < view.latestNumber ? { number: view.latestNumber, href: `${matrix}/versions/${view.latestNumber}` } : null}
          texts={{ dialogue: t("dialogue"), recordedBy: (name) => t("recordedBy", { name }), readLatest: (number) => t("readVersionLink", { number }) }}
        />
      </PageHeader>
      <DoneNotice done={done} known={["endorsed"] as const} message={() => t("done.endorsed", { number: version.number })} />
      <VersionComparison comparison={view.sinceThen} countryCode={view.country.code} number={version.number} />
      <h2 className="sr-only">{t("frozenHeading", { number: version.number })}</h2>
      <div className="space-y-6">
        {view.blocks.map((block) => (
          <MatrixBlock key={block.guarantee} block={block} countryCode={view.country.code} linkItems={false} />
        ))}
      </div>
    </>
  );
}

export default withRefusal(AssessmentVersionPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
