import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FollowIndicatorForm } from "@/components/results/follow-indicator-form";
import { linkChoices, targetRowCount } from "@/components/results/link-choices";
import { ResultsBreadcrumb } from "@/components/results/results-breadcrumb";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getCountryIndicator } from "@/lib/results/get-country-results";
import { listIndicatorLinkChoices } from "@/lib/results/link-choices";
import { editCountryIndicatorAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("countryResults.follow"))("editTitle") };
}

async function EditCountryIndicatorPage({ params, searchParams }: Props) {
  const [{ code, id }, query] = await Promise.all([params, searchParams]);
  // Someone who may not write the country's results gets the page that says so.
  const { country, followed, links } = await loadPage(async ({ db, actor }) => {
    const followed = await getCountryIndicator(db, actor, id);
    if (followed.countryCode !== code.toUpperCase()) notFound();
    const country = await countryFor(db, actor, followed.countryCode, "results.write");
    return { country, followed, links: await listIndicatorLinkChoices(db, actor, country.code) };
  });
  const [t, locale] = await Promise.all([getTranslations("countryResults.follow"), getLocale()]);
  const title = localized(followed.indicator.name, locale as Locale);
  const page = `/countries/${country.code}/results/${followed.id}`;
  const rows = targetRowCount(followed.targets.length, query.rows);
  const initial: Record<string, string | string[]> = {
    id: followed.id,
    version: String(followed.version),
    baselineValue: followed.baseline?.value ?? "",
    baselineYear: followed.baseline ? String(followed.baseline.year) : "",
    baselineSource: followed.baseline?.source ?? "",
    sharingLevel: followed.sharingLevel,
    countryStepIds: followed.links.steps.map((step) => step.id),
    schemeIds: followed.links.schemes.map((scheme) => scheme.id),
    recommendationIds: followed.links.recommendations.map((item) => item.id),
  };
  followed.targets.forEach((target, index) => {
    initial[`targets.${index}.year`] = String(target.year);
    initial[`targets.${index}.value`] = target.value;
  });

  return (
    <>
      <PageHeader title={t("editTitle")} intro={title}>
        <ResultsBreadcrumb country={country} trail={[{ href: page, label: title }]} />
      </PageHeader>
      <ClientMessages namespaces={["countryResults", "resultsRules", "support"]}>
        <FollowIndicatorForm action={editCountryIndicatorAction} mode="edit" initial={initial} targetRows={rows} indicators={[]} links={linkChoices(links, locale as Locale)} />
      </ClientMessages>
      {rows < 30 ? (
        <p className="mt-4 text-sm">
          <Link href={`${page}/edit?rows=${Math.min(30, rows + 5)}`}>{t("moreRows")}</Link> <span className="text-slate-600">{t("moreRowsNote")}</span>
        </p>
      ) : null}
    </>
  );
}

export default withRefusal(EditCountryIndicatorPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
