/**
 * The layout a population CSV file must have (decision 1800), documented beside its import form: the columns and the
 * names each is read by, what each holds, which years a file replaces, the limits, and an example.
 */
import { getTranslations } from "next-intl/server";
import { Table, Td } from "@/components/ui/table";
import { TitledSection } from "./titled-section";
import { populationCsvColumnNames, populationCsvLimits } from "@/lib/costing/population-csv";
import { reportedProblemsLimit } from "@/lib/costing/data/import-population";
import { maxPopulationAge } from "@/lib/costing/types";

const example = ["year,sex,age,population", "2025,female,0-4,2400000", "2025,male,0-4,2395000", "2025,female,5-9,2210000", "2025,male,5-9,2204000", "…", "2025,female,80+,61000", "2025,male,80+,43000", "2026,female,0-4,2410000", "…"].join("\n");

export async function PopulationCsvLayout({ frame }: { frame: { baseYear: number; horizonYear: number } }) {
  const t = await getTranslations("costingInputs.population.layout");
  const headings = [t("column"), t("names"), t("holdsHeading")];
  const names = (list: string[]) => list.map((name) => <code key={name} className="mr-2 inline-block font-mono text-xs">{name}</code>);
  const rows = [
    { column: "year", names: populationCsvColumnNames.year, holds: t("holds.year") },
    { column: "sex", names: populationCsvColumnNames.sex, holds: t("holds.sex") },
    { column: "age", names: populationCsvColumnNames.age, holds: t("holds.age", { maximum: maxPopulationAge }) },
    { column: "population", names: populationCsvColumnNames.population, holds: t("holds.population") },
    { column: "population_thousands", names: populationCsvColumnNames.populationThousands, holds: t("holds.populationThousands") },
  ];
  return (
    <TitledSection id="population-layout" title={t("title")} intro={t("intro")} className="mt-8 max-w-4xl">
      <Table caption={t("columnsCaption")} headings={headings}>
        {rows.map((row) => (
          <tr key={row.column}>
            <Td className="font-mono text-xs">{row.column}</Td>
            <Td label={headings[1]}>{names(row.names)}</Td>
            <Td label={headings[2]}>{row.holds}</Td>
          </tr>
        ))}
      </Table>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-700">
        <li>{t("order")}</li>
        <li>{t("separators")}</li>
        <li>{t("replace", { from: String(frame.baseYear), to: String(frame.horizonYear) })}</li>
        <li>{t("limits", { maximum: populationCsvLimits.maxCharacters / 1024 / 1024, rows: populationCsvLimits.maxRows, shown: reportedProblemsLimit })}</li>
      </ul>
      <h3 id="population-example" className="mt-4 mb-1 text-sm font-semibold">
        {t("example")}
      </h3>
      <pre aria-labelledby="population-example" className="overflow-x-auto rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-xs">
        {example}
      </pre>
    </TitledSection>
  );
}
