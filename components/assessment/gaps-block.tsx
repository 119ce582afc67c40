/**
 * One guarantee of the gaps across countries: the countries with no scheme in force and those with a policy gap
 * recorded, then each country's figures as a chart with the table that holds them. Every country links to its
 * assessment matrix.
 */
import { getLocale, getTranslations } from "next-intl/server";
import { ChartWithTable } from "@/components/charts/chart-with-table";
import { CountBarChart } from "@/components/charts/charts";
import { TitledCard } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { GapsBlock, GapsCountry, GapsRow } from "@/lib/assessment/matrix/gaps";
import { recommendationStatuses } from "@/lib/forms/choices";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

const matrixHref = (country: GapsCountry) => `/countries/${country.countryCode}/assessment`;

/** Countries as links to their matrices, in a sentence-like list; "None" when there is none. */
export async function CountryLinks({ countries, testId }: { countries: GapsCountry[]; testId?: string }) {
  const [t, locale] = await Promise.all([getTranslations("assessmentGaps"), getLocale()]);
  if (countries.length === 0) return <p className="text-sm text-slate-600" data-testid={testId}>{t("none")}</p>;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid={testId}>
      {countries.map((country) => (
        <li key={country.countryCode}>
          <Link href={matrixHref(country)}>{localized(country.countryName, locale as Locale)}</Link>
        </li>
      ))}
    </ul>
  );
}

const hasFigures = (row: GapsRow) => row.schemesInForce + row.policyGaps + recommendationStatuses.reduce((sum, status) => sum + row.recommendations[status], 0) > 0;

export async function GapsBlockCard({ block }: { block: GapsBlock }) {
  const [t, tGuarantee, locale] = await Promise.all([getTranslations("assessmentGaps"), getTranslations("schemes.guarantee"), getLocale()]);
  const guarantee = tGuarantee(block.guarantee);
  const name = (row: GapsRow) => localized(row.countryName, locale as Locale);
  const charted = block.rows.filter(hasFigures);
  const series = [
    { key: "schemesInForce", name: t("schemesInForce") },
    { key: "policyGaps", name: t("policyGaps") },
    ...recommendationStatuses.map((status) => ({ key: status, name: t(`column.${status}`), stack: "recommendations" })),
  ];

  return (
    <TitledCard id={`gaps-${block.guarantee}`} title={guarantee}>
      <div className="mb-4 grid gap-4 sm:grid-cols-2">
        <section aria-labelledby={`gaps-${block.guarantee}-no-scheme`}>
          <h3 id={`gaps-${block.guarantee}-no-scheme`} className="mb-1 font-semibold">{t("noSchemeInForce")}</h3>
          <CountryLinks countries={block.rows.filter((row) => row.schemesInForce === 0)} testId={`no-scheme-${block.guarantee}`} />
        </section>
        <section aria-labelledby={`gaps-${block.guarantee}-gap`}>
          <h3 id={`gaps-${block.guarantee}-gap`} className="mb-1 font-semibold">{t("withGap")}</h3>
          <CountryLinks countries={block.rows.filter((row) => row.policyGaps > 0)} testId={`with-gap-${block.guarantee}`} />
        </section>
      </div>
      {charted.length < block.rows.length ? <p className="mb-2 text-sm text-slate-600">{t("chartOmits")}</p> : null}
      <ChartWithTable
        chart={
          charted.length > 0 ? (
            <CountBarChart
              vertical
              label={t("chart", { guarantee })}
              category="country"
              series={series}
              data={charted.map((row) => ({ country: name(row), schemesInForce: row.schemesInForce, policyGaps: row.policyGaps, ...row.recommendations }))}
            />
          ) : null
        }
        table={
          <Table className="overflow-x-visible" caption={t("caption", { guarantee })}>
            <thead>
              <tr>
                <Th>{t("country")}</Th>
                {series.map((item) => (
                  <Th key={item.key} className="text-right">
                    {item.name}
                  </Th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row) => (
                <tr key={row.countryCode}>
                  <Td>
                    <Link href={matrixHref(row)}>{name(row)}</Link>
                  </Td>
                  <Td label={t("schemesInForce")} className="text-right">{row.schemesInForce}</Td>
                  <Td label={t("policyGaps")} className="text-right">{row.policyGaps}</Td>
                  {recommendationStatuses.map((status) => (
                    <Td key={status} label={t(`column.${status}`)} className="text-right">
                      {row.recommendations[status]}
                    </Td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
        }
      />
    </TitledCard>
  );
}

/** Countries listed once rather than per guarantee: those with nothing recorded, and those whose matrix is not shared. */
export function GapsCountriesSection({ id, title, intro, countries }: { id: string; title: string; intro: string; countries: GapsCountry[] }) {
  return (
    <TitledCard id={id} title={title}>
      <p className="mb-2 text-sm text-slate-600">{intro}</p>
      <CountryLinks countries={countries} testId={id} />
    </TitledCard>
  );
}
