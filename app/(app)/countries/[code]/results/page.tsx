import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { IndicatorChart } from "@/components/results/indicator-chart";
import { formatIndicatorFigure } from "@/components/results/indicator-figures";
import { IndicatorTable } from "@/components/results/indicator-table";
import { ResultsBreadcrumb } from "@/components/results/results-breadcrumb";
import { Badge } from "@/components/ui/badge";
import { buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getCountryResults } from "@/lib/results/get-country-results";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((code: string) =>
  loadPage(async ({ db, actor }) => {
    const [country, results] = await Promise.all([countryFor(db, actor, code), getCountryResults(db, actor, code)]);
    return { country, results };
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { country } = await load((await params).code);
  const [t, locale] = await Promise.all([getTranslations("countryResults"), getLocale()]);
  return { title: t("countryTitle", { country: localized(country.name, locale as Locale) }) };
}

const doneMessages = ["stopped"] as const;

async function CountryResultsPage({ params, searchParams }: Props) {
  const [{ code }, { done }] = await Promise.all([params, searchParams]);
  const { country, results } = await load(code);
  const [t, format, locale] = await Promise.all([getTranslations("countryResults"), getFormatter(), getLocale()]);
  const countryName = localized(country.name, locale as Locale);
  const base = `/countries/${country.code}/results`;
  const nameOf = (name: Parameters<typeof localized>[0]) => localized(name, locale as Locale);
  // Proposals waiting for a decision, for those who take it (an adviser sees their own on each indicator's page).
  const waiting = results.indicators.flatMap((followed) => (followed.canWrite ? followed.proposals.map((proposal) => ({ followed, proposal })) : []));

  return (
    <>
      <PageHeader
        title={t("countryTitle", { country: countryName })}
        intro={t("intro")}
        actions={
          results.canWrite ? (
            <div className="flex flex-wrap gap-2">
              <Link href={`${base}/follow`} className={buttonClassName("primary")}>
                {t("followLink")}
              </Link>
              <Link href={`${base}/national/new`} className={buttonClassName("secondary")}>
                {t("nationalLink")}
              </Link>
            </div>
          ) : null
        }
      >
        <ResultsBreadcrumb country={country} onResults />
      </PageHeader>
      <DoneNotice done={done} known={doneMessages} message={(key) => t(`done.${key}`)} />
      {waiting.length > 0 ? (
        <section aria-labelledby="results-waiting" className="mb-8 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="results-waiting" className="mb-2 text-lg font-semibold">
            {t("waiting", { count: waiting.length })}
          </h2>
          <ul className="space-y-1 text-sm">
            {waiting.map(({ followed, proposal }) => (
              <li key={proposal.id}>
                <Link href={`${base}/${followed.id}#proposals`}>{nameOf(followed.indicator.name)}</Link>
                {" · "}
                {t("proposalLine", {
                  period: proposal.period,
                  sex: t(`chart.sex.${proposal.sex}`),
                  value: formatIndicatorFigure(format, proposal.value),
                  name: proposal.proposedBy ?? "—",
                  date: format.dateTime(proposal.proposedAt, { dateStyle: "medium" }),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {results.indicators.length === 0 ? (
        <EmptyState>{results.canWrite ? t("noneWriter") : t("none")}</EmptyState>
      ) : (
        <div className="space-y-10">
          {results.indicators.map((followed) => {
            const title = nameOf(followed.indicator.name);
            return (
              <section key={followed.id} aria-labelledby={`indicator-${followed.id}`} data-indicator={followed.indicator.code}>
                <h2 id={`indicator-${followed.id}`} className="text-lg font-semibold">
                  <Link href={`${base}/${followed.id}`}>{title}</Link>
                </h2>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                  <code>{followed.indicator.code}</code>
                  <span>{t(`direction.${followed.indicator.direction}`)}</span>
                  {followed.sharingLevel === "country" ? <Badge tone="neutral">{t("keptToGroup")}</Badge> : null}
                </p>
                <IndicatorChart id={`chart-${followed.id}`} title={title} followed={followed} />
                <IndicatorTable title={title} followed={followed} />
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}

export default withRefusal(CountryResultsPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
