import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FollowIndicatorForm } from "@/components/results/follow-indicator-form";
import { linkChoices, targetRowCount } from "@/components/results/link-choices";
import { ResultsBreadcrumb } from "@/components/results/results-breadcrumb";
import { DoneNotice } from "@/components/ui/done-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getCountryResults } from "@/lib/results/get-country-results";
import { listIndicatorLinkChoices } from "@/lib/results/link-choices";
import { listIndicators } from "@/lib/results/list-indicators";
import { followIndicatorAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("countryResults.follow"))("title") };
}

async function FollowIndicatorPage({ params, searchParams }: Props) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  // Someone who may not write the country's results gets the page that says so.
  const { country, indicators, followedIds, links } = await loadPage(async ({ db, actor }) => {
    const country = await countryFor(db, actor, code, "results.write");
    const [indicators, results, links] = await Promise.all([
      listIndicators(db, actor, { countryCode: country.code }),
      getCountryResults(db, actor, country.code),
      listIndicatorLinkChoices(db, actor, country.code),
    ]);
    return { country, indicators, followedIds: new Set(results.indicators.map((followed) => followed.indicator.id)), links };
  });
  const [t, tResults, locale] = await Promise.all([getTranslations("countryResults.follow"), getTranslations("countryResults"), getLocale()]);
  const choices = indicators
    .filter((indicator) => !followedIds.has(indicator.id))
    .map((indicator) => ({
      value: indicator.id,
      label: `${indicator.code} — ${localized(indicator.name, locale as Locale)}${indicator.family === "national" ? ` (${tResults("national.badge")})` : ""}`,
    }));
  const chosen = choices.some((choice) => choice.value === query.indicator) ? query.indicator! : "";
  const rows = targetRowCount(0, query.rows);
  const here = `/countries/${country.code}/results/follow`;
  const more = `${here}?rows=${Math.min(30, rows + 5)}${chosen ? `&indicator=${chosen}` : ""}`;

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { country: localized(country.name, locale as Locale) })}>
        <ResultsBreadcrumb country={country} />
      </PageHeader>
      <DoneNotice done={query.done} known={["nationalAdded"] as const} message={() => t("nationalAdded")} />
      <p className="mb-4 text-sm">
        {t("missing")} <Link href={`/countries/${country.code}/results/national/new`}>{tResults("nationalLink")}</Link>
      </p>
      {choices.length === 0 ? (
        <EmptyState>{t("allFollowed")}</EmptyState>
      ) : (
        <>
          <ClientMessages namespaces={["countryResults", "resultsRules", "support"]}>
            <FollowIndicatorForm
              action={followIndicatorAction}
              mode="follow"
              initial={{ countryCode: country.code, indicatorId: chosen, baselineValue: "", baselineYear: "", baselineSource: "", sharingLevel: "country", countryStepIds: [], schemeIds: [], recommendationIds: [] }}
              targetRows={rows}
              indicators={choices}
              links={linkChoices(links, locale as Locale)}
            />
          </ClientMessages>
          {rows < 30 ? (
            <p className="mt-4 text-sm">
              <Link href={more}>{t("moreRows")}</Link> <span className="text-slate-600">{t("moreRowsNote")}</span>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}

export default withRefusal(FollowIndicatorPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
