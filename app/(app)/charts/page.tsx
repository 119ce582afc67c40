import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ChartWithTable } from "@/components/charts/chart-with-table";
import { CountBarChart, MoneyLineChart } from "@/components/charts/charts";
import { FilterSelect } from "@/components/matrix/filter-fields";
import { Button, buttonClassName } from "@/components/ui/button";
import { TitledCard } from "@/components/ui/card";
import { ConvertedMoneyChart } from "@/components/funding/converted-money-chart";
import { MoneyMonthsTable } from "@/components/charts/money-months-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { regions } from "@/db/schema/values";
import { getProgressCharts } from "@/lib/charts/get-progress-charts";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("charts"))("title") };
}

async function ChartsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { region } = await searchParams;
  const charts = await loadPage(({ db, actor }) => getProgressCharts(db, actor, { region }));
  const locale = (await getLocale()) as Locale;
  const [t, tRegions] = await Promise.all([getTranslations("charts"), getTranslations("regions")]);
  const flows = [
    { key: "pledged", name: t("pledged") },
    { key: "committed", name: t("committed") },
    { key: "disbursed", name: t("disbursed") },
  ] as const;
  const stepName = (index: number, title: Parameters<typeof localized>[0]) => `${index + 1}. ${localized(title, locale)}`;

  return (
    <>
      <PageHeader
        title={charts.region ? t("titleRegion", { region: tRegions(charts.region) }) : t("title")}
        intro={t("intro")}
        actions={
          <Link href="/matrix" className={buttonClassName("secondary")}>{t("matrixLink")}</Link>
        }
      />
      <form method="get" action="/charts" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" aria-label={t("filters")}>
        <FilterSelect name="region" label={t("region")} value={charts.region ?? undefined} choices={regions.map((value) => ({ value, label: tRegions(value) }))} />
        <Button type="submit">{t("apply")}</Button>
      </form>

      <div className="space-y-6">
        <TitledCard id="chart-steps" title={t("stepsCompleted")}>
          <ChartWithTable
            chart={
              <CountBarChart
                vertical
                label={t("stepsCompletedChart")}
                category="name"
                series={[{ key: "completed", name: t("completed") }]}
                data={charts.stepsCompleted.map((row) => ({ name: localized(row.name, locale), completed: row.completed }))}
              />
            }
            table={
              <Table className="overflow-x-visible" caption={t("stepsCompleted")}>
                <thead>
                  <tr>
                    <Th>{t("country")}</Th>
                    <Th className="text-right">{t("completed")}</Th>
                    <Th className="text-right">{t("applicable")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {charts.stepsCompleted.map((row) => (
                    <tr key={row.code}>
                      <Td>{localized(row.name, locale)}</Td>
                      <Td label={t("completed")} className="text-right">{row.completed}</Td>
                      <Td label={t("applicable")} className="text-right">{row.applicable}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            }
          />
        </TitledCard>

        <TitledCard id="chart-agencies" title={t("supportByAgency")}>
          {charts.supportByAgency.length === 0 ? (
            <EmptyState>{t("noSupport")}</EmptyState>
          ) : (
            <ChartWithTable
              chart={
                <CountBarChart
                  stacked
                  label={t("supportByAgencyChart")}
                  category="acronym"
                  series={[
                    { key: "technical", name: t("technical") },
                    { key: "financial", name: t("financial") },
                  ]}
                  data={charts.supportByAgency}
                />
              }
              table={
                <Table className="overflow-x-visible" caption={t("supportByAgency")}>
                  <thead>
                    <tr>
                      <Th>{t("agency")}</Th>
                      <Th className="text-right">{t("technical")}</Th>
                      <Th className="text-right">{t("financial")}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {charts.supportByAgency.map((row) => (
                      <tr key={row.acronym}>
                        <Td>{row.acronym}</Td>
                        <Td label={t("technical")} className="text-right">{row.technical}</Td>
                        <Td label={t("financial")} className="text-right">{row.financial}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              }
            />
          )}
        </TitledCard>

        <TitledCard id="chart-money" title={t("moneyOverTime")}>
          <p className="mb-3 text-sm text-slate-600">{t("moneyIntro")}</p>
          {charts.money.length === 0 ? (
            <EmptyState>{t("noMoney")}</EmptyState>
          ) : (
            <div className="space-y-6">
              {charts.money.map((series) => (
                <section key={series.currency} aria-labelledby={`money-${series.currency}`}>
                  <h3 id={`money-${series.currency}`} className="mb-2 font-semibold">
                    {t("moneyIn", { currency: series.currency })}
                  </h3>
                  <ChartWithTable
                    chart={<MoneyLineChart label={t("moneyChart", { currency: series.currency })} series={[...flows]} months={series.months} />}
                    table={<MoneyMonthsTable caption={t("moneyIn", { currency: series.currency })} series={series} flows={flows} />}
                  />
                </section>
              ))}
              {charts.converted.months.length > 0 ? <ConvertedMoneyChart series={charts.converted} flows={flows} /> : null}
            </div>
          )}
        </TitledCard>

        <TitledCard id="chart-needs" title={t("needsVsSupport")}>
          <ChartWithTable
            chart={
              <CountBarChart
                label={t("needsVsSupportChart")}
                category="step"
                series={[
                  { key: "needs", name: t("needs") },
                  { key: "answered", name: t("answered") },
                  { key: "supportEntries", name: t("supportEntries") },
                ]}
                data={charts.needsVsSupport.map((row, index) => ({ step: String(index + 1), needs: row.needs, answered: row.answered, supportEntries: row.supportEntries }))}
              />
            }
            table={
              <Table className="overflow-x-visible" caption={t("needsVsSupport")}>
                <thead>
                  <tr>
                    <Th>{t("step")}</Th>
                    <Th className="text-right">{t("needs")}</Th>
                    <Th className="text-right">{t("answered")}</Th>
                    <Th className="text-right">{t("supportEntries")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {charts.needsVsSupport.map((row, index) => (
                    <tr key={row.key}>
                      <Td>{stepName(index, row.title)}</Td>
                      <Td label={t("needs")} className="text-right">{row.needs}</Td>
                      <Td label={t("answered")} className="text-right">{row.answered}</Td>
                      <Td label={t("supportEntries")} className="text-right">{row.supportEntries}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            }
          />
        </TitledCard>
      </div>
    </>
  );
}

export default withRefusal(ChartsPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
