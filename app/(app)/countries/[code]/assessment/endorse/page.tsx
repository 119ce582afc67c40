import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { EndorseForm } from "@/components/assessment/endorse-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { milestoneOptions } from "@/components/dialogue/milestone-options";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getEndorsementChoices } from "@/lib/assessment/matrix/endorsement-choices";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { endorseAssessmentAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessment.endorse"))("title") };
}

async function EndorseAssessmentPage({ params }: Props) {
  const { code } = await params;
  // Someone who may not write the country's matrix gets the page that says so.
  const { country, choices } = await loadPage(async ({ db, actor }) => {
    const country = await countryFor(db, actor, code, "assessment.write");
    return { country, choices: await getEndorsementChoices(db, actor, country.code) };
  });
  const [t, tMatrix, tSchemes, format, locale] = await Promise.all([
    getTranslations("assessment.endorse"),
    getTranslations("assessment"),
    getTranslations("schemes"),
    getFormatter(),
    getLocale(),
  ]);
  const countryName = localized(country.name, locale as Locale);
  const milestones = milestoneOptions(format, choices.milestones);
  const proposed = choices.proposed.map((item) => ({ value: item.id, label: `${tSchemes(`guarantee.${item.guarantee as "health"}`)}: ${item.statement}` }));

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        <nav aria-label={tMatrix("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${country.code}`}>{countryName}</Link> › <Link href={`/countries/${country.code}/assessment`}>{tMatrix("title")}</Link>
        </nav>
      </PageHeader>
      {choices.version === 0 ? (
        <EmptyState action={<Link href={`/countries/${country.code}/assessment`}>{tMatrix("title")}</Link>}>{t("emptyMatrix")}</EmptyState>
      ) : milestones.length === 0 ? (
        <EmptyState action={<Link href={`/countries/${country.code}`}>{t("logMilestone")}</Link>}>{t("noMilestone")}</EmptyState>
      ) : (
        <ClientMessages namespaces={["assessment", "assessmentRules"]}>
          <EndorseForm action={endorseAssessmentAction} countryCode={country.code} version={choices.version} milestones={milestones} proposed={proposed} />
        </ClientMessages>
      )}
    </>
  );
}

export default withRefusal(EndorseAssessmentPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
