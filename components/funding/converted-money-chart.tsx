/**
 * The charts page's money over time in the reporting currency, after the per-currency series (never in their place):
 * the chart, its table, and as visible notes the rates used and what was left out.
 */
import { getTranslations } from "next-intl/server";
import { MoneyLineChart } from "@/components/charts/charts";
import { ChartWithTable } from "@/components/charts/chart-with-table";
import { MoneyMonthsTable } from "@/components/charts/money-months-table";
import type { MoneySeries } from "@/lib/charts/get-progress-charts";
import type { FundingTotals } from "@/lib/funding/totals/count-funding";
import { FundingNotes, HowWeCount } from "./converted-totals";

type Flow = { key: "pledged" | "committed" | "disbursed"; name: string };

export async function ConvertedMoneyChart({ series, flows }: { series: MoneySeries & { totals: FundingTotals }; flows: readonly Flow[] }) {
  const [t, tCharts] = await Promise.all([getTranslations("funding"), getTranslations("charts")]);
  const title = t("convertedStep", { currency: series.currency });
  return (
    <section aria-labelledby="money-converted">
      <h3 id="money-converted" className="mb-2 font-semibold">
        {title}
      </h3>
      <HowWeCount />
      <ChartWithTable
        chart={<MoneyLineChart label={tCharts("moneyChart", { currency: title })} series={[...flows]} months={series.months} />}
        table={<MoneyMonthsTable caption={title} series={series} flows={flows} />}
      />
      <FundingNotes totals={series.totals} />
    </section>
  );
}
