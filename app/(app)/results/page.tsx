/**
 * The results across countries (issue 19): one catalogue series chosen, each country's latest accepted total value
 * with its period, as a sortable table and as a world map coloured by value; CSV and XLSX of the table.
 */
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { sortAcross } from "@/components/results-across/across-classes";
import { AcrossMap } from "@/components/results-across/across-map";
import { formatIndicatorValue } from "@/components/results-across/indicator-value";
import { SeriesChoice } from "@/components/results-across/series-choice";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { SortableTh, Table, Td, Th, type SortDirection } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { can } from "@/lib/permissions";
import { getIndicatorAcrossCountries } from "@/lib/results/indicator-across-countries";
import { listIndicators } from "@/lib/results/list-indicators";
import { resultsAcrossQuery, type resultsAcrossSortColumns } from "@/lib/validation/results-across";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resultsAcross"))("title") };
}

async function ResultsAcrossPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const locale = (await getLocale()) as Locale;
  const query = resultsAcrossQuery.parse(await searchParams);
  const { actor, catalogue, across } = await loadPage(async ({ db, actor }) => {
    // Across countries only the shared catalogue makes sense: a national indicator belongs to one country.
    const catalogue = (await listIndicators(db, actor)).filter((indicator) => indicator.countryCode === null);
    const chosen = catalogue.find((indicator) => indicator.code === query.series) ?? catalogue[0];
    return { actor, catalogue, across: chosen ? await getIndicatorAcrossCountries(db, actor, chosen.code) : null };
  });
  const [t, tTable, format] = await Promise.all([getTranslations("resultsAcross"), getTranslations("table"), getFormatter()]);
  const keepsCatalogue = can(actor, "indicator.catalogue");
  const actions = (
    <>
      <Link href="/results/indicators" className={buttonClassName("secondary")}>
        {t(keepsCatalogue ? "catalogueKeep" : "catalogueRead")}
      </Link>
      {can(actor, "results.import") ? (
        <Link href="/results/import" className={buttonClassName()}>
          {t("import")}
        </Link>
      ) : null}
    </>
  );
  if (!across) {
    return (
      <>
        <PageHeader title={t("title")} intro={t("intro")} actions={actions} />
        <EmptyState>{t("noCatalogue")}</EmptyState>
      </>
    );
  }

  const { indicator } = across;
  const series = indicator.code;
  const indicatorName = localized(indicator.name, locale);
  const rows = sortAcross(
    across.countries.map((row) => ({ ...row, name: localized(row.countryName, locale) })),
    query.sort,
    query.dir,
    locale,
  );
  const href = (params: { sort: string; dir: SortDirection }) => `/results?${new URLSearchParams({ series, ...params })}`;
  const countryHref = (row: { countryCode: string }) => `/countries/${row.countryCode}/results`;
  const column = (key: (typeof resultsAcrossSortColumns)[number], label: string) => (
    <SortableTh column={key} label={label} sort={query.sort} dir={query.dir} href={href} sortLabel={tTable("sortBy", { column: label })} />
  );
  const exportQuery = new URLSearchParams({ series }).toString();

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} actions={actions} />
      <SeriesChoice
        indicators={catalogue.map((entry) => ({ code: entry.code, name: localized(entry.name, locale), family: entry.family }))}
        chosen={series}
        sort={query.sort}
        dir={query.dir}
      />
      <p className="mb-4 max-w-3xl text-sm text-slate-600">
        {t("about", { name: indicatorName, code: series, custodian: indicator.custodian || "—" })}
      </p>
      {rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <div className="space-y-4">
          <AcrossMap title={t("mapTitle", { name: indicatorName })} unit={indicator.unit} rows={rows} />
          <p className="text-sm">{t("summary", { count: rows.length })}</p>
          <Table caption={t("caption", { name: indicatorName })}>
            <thead>
              <tr>
                {column("country", t("country"))}
                {column("value", t("value"))}
                {column("period", t("period"))}
                <Th>{t("source")}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.countryCode} className="hover:bg-slate-50" data-country={row.countryCode}>
                  <Td>
                    <Link href={countryHref(row)} className="font-medium">
                      {row.name}
                    </Link>
                  </Td>
                  <Td label={t("value")}>
                    {formatIndicatorValue(format, t, indicator.unit, row.value)}
                    {row.obsStatus ? <span className="ml-1 text-xs text-slate-500">({t("flag", { flag: row.obsStatus })})</span> : null}
                  </Td>
                  <Td label={t("period")}>{row.period}</Td>
                  <Td label={t("source")}>
                    {row.source || "—"} <span className="text-xs text-slate-500">({t(`origin.${row.origin}`)})</span>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {can(actor, "report.export", { countryCode: null }) ? (
            <p className="text-sm">
              {t("downloads")}: <a href={`/exports/results-across.csv?${exportQuery}`}>{t("csv")}</a> ·{" "}
              <a href={`/exports/results-across.xlsx?${exportQuery}`}>{t("xlsx")}</a>
            </p>
          ) : null}
        </div>
      )}
    </>
  );
}

export default withRefusal(ResultsAcrossPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
