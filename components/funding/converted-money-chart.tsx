/**
 * The charts page's money over time in the reporting currency, after the per-currency series (never in their place):
 * the chart, its table, and as visible notes the rates used and what was left out.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { MoneyLineChart } from "@/components/charts/charts";
import { ChartWithTable } from "@/components/charts/chart-with-table";
import { formatMoney } from "@/components/support/format-money";
import { Table, Td, Th } from "@/components/ui/table";
import type { MoneySeries } from "@/lib/charts/get-progress-charts";
import type { FundingTotals } from "@/lib/funding/totals/count-funding";
import { FundingNotes, HowWeCount } from "./converted-totals";

type Flow = { key: "pledged" | "committed" | "disbursed"; name: string };

export async function ConvertedMoneyChart({ series, flows }: { series: MoneySeries & { totals: FundingTotals }; flows: readonly Flow[] }) {
  const [t, tCharts, format] = await Promise.all([getTranslations("funding"), getTranslations("charts"), getFormatter()]);
  const title = t("convertedStep", { currency: series.currency });
  return (
    <section aria-labelledby="money-converted">
      <h3 id="money-converted" className="mb-2 font-semibold">
        {title}
      </h3>
      <HowWeCount />
      <ChartWithTable
        chart={<MoneyLineChart label={tCharts("moneyChart", { currency: title })} series={[...flows]} months={series.months} />}
        table={
          <Table className="overflow-x-visible" caption={title}>
            <thead>
              <tr>
                <Th>{tCharts("month")}</Th>
                {flows.map((flow) => (
                  <Th key={flow.key} className="text-right">
                    {flow.name}
                  </Th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.months.map((month) => (
                <tr key={month.month}>
                  <Td>{format.dateTime(new Date(`${month.month}-01T00:00:00Z`), { year: "numeric", month: "short", timeZone: "UTC" })}</Td>
                  {flows.map((flow) => (
                    <Td label={flow.name} key={flow.key} className="text-right whitespace-nowrap">
                      {formatMoney(format, month[flow.key], series.currency)}
                    </Td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
        }
      />
      <FundingNotes totals={series.totals} />
    </section>
  );
}
