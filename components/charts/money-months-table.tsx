/** A money series' table beside its chart: one row per month, one column per flow, in the series' currency. */
import { getFormatter, getTranslations } from "next-intl/server";
import { formatMoney } from "@/components/support/format-money";
import { Table, Td, Th } from "@/components/ui/table";
import type { MoneySeries } from "@/lib/charts/get-progress-charts";

type Flow = { key: "pledged" | "committed" | "disbursed"; name: string };

export async function MoneyMonthsTable({ caption, series, flows }: { caption: string; series: MoneySeries; flows: readonly Flow[] }) {
  const [t, format] = await Promise.all([getTranslations("charts"), getFormatter()]);
  return (
    <Table className="overflow-x-visible" caption={caption}>
      <thead>
        <tr>
          <Th>{t("month")}</Th>
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
  );
}
