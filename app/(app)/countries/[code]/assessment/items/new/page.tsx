import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { AssessmentItemForm } from "@/components/assessment/assessment-item-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { countryFor } from "@/lib/countries/query-countries";
import { assessmentSections, guarantees } from "@/lib/forms/choices";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { addAssessmentItemAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessment"))("addTitle") };
}

/** A value from the address when it is one of the list's, else the list's first. */
const oneOf = <Value extends string>(values: readonly Value[], value: string | undefined): Value => values.find((candidate) => candidate === value) ?? values[0]!;

async function NewAssessmentItemPage({ params, searchParams }: Props) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  // Someone who may not write the country's matrix gets the page that says so.
  const country = await loadPage(({ db, actor }) => countryFor(db, actor, code, "assessment.write"));
  const [t, locale] = await Promise.all([getTranslations("assessment"), getLocale()]);
  const countryName = localized(country.name, locale as Locale);
  const initial = {
    countryCode: country.code,
    guarantee: oneOf(guarantees, query.guarantee),
    section: oneOf(assessmentSections, query.section),
    statement: "",
    details: "",
    recommendationKind: "",
    priority: "",
  };

  return (
    <>
      <PageHeader title={t("addTitle")} intro={t("addIntro", { country: countryName })}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${country.code}`}>{countryName}</Link> › <Link href={`/countries/${country.code}/assessment`}>{t("title")}</Link>
        </nav>
      </PageHeader>
      <ClientMessages namespaces={["assessment", "assessmentRules", "schemes", "support"]}>
        <AssessmentItemForm action={addAssessmentItemAction} mode="add" initial={initial} />
      </ClientMessages>
    </>
  );
}

export default withRefusal(NewAssessmentItemPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
