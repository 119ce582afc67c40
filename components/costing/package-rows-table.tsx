/**
 * A package year by year: each scenario's cost, the total, and the total as a share of GDP and of government
 * expenditure. The chart above it draws the shares; this table is their record.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { PackageRow } from "@/lib/costing/packages";
import { formatAmount, formatShare } from "./figures";

export async function PackageRowsTable({ rows, scenarios, currency, caption }: { rows: PackageRow[]; scenarios: { id: string; name: string }[]; currency: string; caption: string }) {
  const [t, format] = await Promise.all([getTranslations("costing.packageRows"), getFormatter()]);
  const totalLabel = t("total", { currency });
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("year")}</Th>
          {scenarios.map((scenario) => (
            <Th key={scenario.id}>{t("scenarioCost", { name: scenario.name, currency })}</Th>
          ))}
          <Th>{totalLabel}</Th>
          <Th>{t("shareOfGdp")}</Th>
          <Th>{t("shareOfExpenditure")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.year}>
            <Td className="font-medium">{row.year}</Td>
            {scenarios.map((scenario) => (
              <Td key={scenario.id} label={t("scenarioCost", { name: scenario.name, currency })}>
                {formatAmount(format, row.scenarios.find((part) => part.scenarioId === scenario.id)?.totalCost ?? null)}
              </Td>
            ))}
            <Td label={totalLabel} className="font-medium">
              {formatAmount(format, row.totalCost)}
            </Td>
            <Td label={t("shareOfGdp")}>{formatShare(format, row.shareOfGdp)}</Td>
            <Td label={t("shareOfExpenditure")}>{formatShare(format, row.shareOfGovernmentExpenditure)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
