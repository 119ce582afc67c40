/**
 * A scenario's cost year by year, as the model gives it: who is eligible and takes it up, what each receives, what
 * it costs in the costing's currency and as shares of GDP and of government expenditure. A figure the model could
 * not cost reads "—"; the problems listed above the table say why.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { formatAmount, formatPersons, formatShare } from "@/components/costing/figures";
import { Table, Td, Th } from "@/components/ui/table";
import type { ScenarioRow } from "@/lib/costing/types";

export async function ScenarioRowsTable({ rows, caption }: { rows: ScenarioRow[]; caption: string }) {
  const [t, format] = await Promise.all([getTranslations("costingScenarios.columns"), getFormatter()]);
  const amount = (text: string | null) => formatAmount(format, text);
  const cells: { label: string; value: (row: ScenarioRow) => string }[] = [
    { label: t("eligiblePopulation"), value: (row) => formatPersons(format, row.eligiblePopulation) },
    { label: t("takeUp"), value: (row) => formatShare(format, row.takeUp, 1) },
    { label: t("beneficiaries"), value: (row) => formatPersons(format, row.beneficiaries) },
    { label: t("annualBenefit"), value: (row) => amount(row.annualBenefit) },
    { label: t("benefitSpending"), value: (row) => amount(row.benefitSpending) },
    { label: t("administrativeCost"), value: (row) => amount(row.administrativeCost) },
    { label: t("totalCost"), value: (row) => amount(row.totalCost) },
    { label: t("shareOfGdp"), value: (row) => formatShare(format, row.shareOfGdp) },
    { label: t("shareOfGovernmentExpenditure"), value: (row) => formatShare(format, row.shareOfGovernmentExpenditure) },
  ];
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("year")}</Th>
          {cells.map((cell) => (
            <Th key={cell.label} className="text-right">
              {cell.label}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.year}>
            <Th scope="row">{row.year}</Th>
            {cells.map((cell) => (
              <Td key={cell.label} label={cell.label} className="text-right tabular-nums">
                {cell.value(row)}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
