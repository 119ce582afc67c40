/**
 * The inputs of every year of the frame at a glance: population, GDP, government expenditure, inflation and the
 * poverty line, in the costing's currency; a figure not known reads as a dash, and the model says what it lacks.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td } from "@/components/ui/table";
import type { CostingView } from "@/lib/costing/data/get-costing";
import { formatAmount, formatPersons, formatRate } from "./figures";

export async function InputsSummary({ frame, years }: Pick<CostingView, "frame" | "years">) {
  const [t, format] = await Promise.all([getTranslations("costing.inputs"), getFormatter()]);
  const currency = frame?.currency ?? "";
  return (
    <Table
      caption={t("caption", { currency })}
      headings={[t("year"), t("population"), t("gdp", { currency }), t("governmentExpenditure", { currency }), t("inflation"), t("povertyLine", { currency })]}
    >
      {years.map((year) => (
        <tr key={year.year}>
          <Td className="font-medium">{year.year}</Td>
          <Td label={t("population")}>{year.population ? formatPersons(format, year.population.persons) : "—"}</Td>
          <Td label={t("gdp", { currency })}>{formatAmount(format, year.gdp)}</Td>
          <Td label={t("governmentExpenditure", { currency })}>{formatAmount(format, year.governmentExpenditure)}</Td>
          <Td label={t("inflation")}>{formatRate(format, year.inflation)}</Td>
          <Td label={t("povertyLine", { currency })}>{formatAmount(format, year.povertyLine)}</Td>
        </tr>
      ))}
    </Table>
  );
}
