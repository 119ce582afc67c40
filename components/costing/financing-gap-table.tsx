/**
 * A package's financing gap year by year: its cost, the financing found (each kind and in all), the cost left
 * uncovered, and any financing beyond the cost, kept apart so a gap never reads negative.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td } from "@/components/ui/table";
import { financingKinds } from "@/lib/forms/choices";
import type { FinancingRow } from "@/lib/costing/financing";
import { formatAmount } from "./figures";

export async function FinancingGapTable({ rows, currency }: { rows: FinancingRow[]; currency: string }) {
  const [t, format] = await Promise.all([getTranslations("costing.gap"), getFormatter()]);
  const kindLabels = financingKinds.map((kind) => ({ kind, label: t(`kind.${kind}`) }));
  return (
    <Table caption={t("caption", { currency })} headings={[t("year"), t("cost"), ...kindLabels.map(({ label }) => label), t("financing"), t("uncovered"), t("surplus")]}>
      {rows.map((row) => (
        <tr key={row.year}>
          <Td className="font-medium">{row.year}</Td>
          <Td label={t("cost")}>{formatAmount(format, row.cost)}</Td>
          {kindLabels.map(({ kind, label }) => (
            <Td key={kind} label={label}>
              {formatAmount(format, row.byKind[kind])}
            </Td>
          ))}
          <Td label={t("financing")}>{formatAmount(format, row.financing)}</Td>
          <Td label={t("uncovered")} className="font-medium">
            {formatAmount(format, row.uncovered)}
          </Td>
          <Td label={t("surplus")}>{formatAmount(format, row.surplus)}</Td>
        </tr>
      ))}
    </Table>
  );
}
