import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { AssessmentItemForm } from "@/components/assessment/assessment-item-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getAssessmentItem } from "@/lib/assessment/matrix/get-item";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { editAssessmentItemAction } from "../../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; itemId: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessment"))("editTitle") };
}

async function EditAssessmentItemPage({ params }: Props) {
  const { code, itemId } = await params;
  const { item, country } = await loadPage(async ({ db, actor }) => {
    const item = await getAssessmentItem(db, actor, itemId);
    if (item.countryCode !== code.toUpperCase() || item.withdrawn) notFound();
    // Someone who may read but not write the matrix gets the page that says so.
    return { item, country: await countryFor(db, actor, item.countryCode, "assessment.write") };
  });
  const [t, tSchemes, locale] = await Promise.all([getTranslations("assessment"), getTranslations("schemes"), getLocale()]);
  const countryName = localized(country.name, locale as Locale);
  const initial = {
    id: item.id,
    version: item.version,
    guarantee: item.guarantee,
    section: item.section,
    statement: item.statement,
    details: item.details,
    recommendationKind: item.recommendationKind ?? "",
    priority: item.priority ?? "",
  };

  return (
    <>
      <PageHeader title={t("editTitle")} intro={t("editIntro", { section: t(`sectionOne.${item.section}`), guarantee: tSchemes(`guarantee.${item.guarantee}`) })}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${country.code}`}>{countryName}</Link> › <Link href={`/countries/${country.code}/assessment`}>{t("title")}</Link> ›{" "}
          <Link href={`/countries/${country.code}/assessment/items/${item.id}`}>{t(`sectionOne.${item.section}`)}</Link>
        </nav>
      </PageHeader>
      <ClientMessages namespaces={["assessment", "assessmentRules", "schemes", "support"]}>
        <AssessmentItemForm action={editAssessmentItemAction} mode="edit" initial={initial} />
      </ClientMessages>
    </>
  );
}

export default withRefusal(EditAssessmentItemPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
