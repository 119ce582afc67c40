/** Money per currency: needed, pledged, committed, disbursed, spent and the remaining gap, never converted. */
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { MoneyFigures } from "@/lib/support/country-money";
import { formatMoney } from "./format-money";

export const figureColumns = ["needed", "pledged", "committed", "disbursed", "spent", "gap"] as const;

export async function MoneyHeaders() {
  const t = await getTranslations("support.flow");
  return (
    <>
      {figureColumns.map((column) => (
        <Th key={column} className="text-right">
          {t(column)}
        </Th>
      ))}
    </>
  );
}

export async function MoneyCells({ figures }: { figures: MoneyFigures }) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("support.flow")]);
  return (
    <>
      {figureColumns.map((column) => (
        <Td key={column} label={t(column)} className={column === "gap" ? "text-right font-semibold tabular-nums whitespace-nowrap" : "text-right tabular-nums whitespace-nowrap"}>
          {formatMoney(format, figures[column], figures.currency)}
        </Td>
      ))}
    </>
  );
}

export async function MoneyTotals({ totals, caption }: { totals: MoneyFigures[]; caption: string }) {
  const t = await getTranslations("support");
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("currency")}</Th>
          <MoneyHeaders />
        </tr>
      </thead>
      <tbody>
        {totals.map((figures) => (
          <tr key={figures.currency}>
            <Td className="font-medium">{figures.currency}</Td>
            <MoneyCells figures={figures} />
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
