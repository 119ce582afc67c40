/**
 * The costing's population year by year over its frame: persons, females, males and the number of age groups each
 * year is given in, with, for those who may change it, the way to type a year in. A year without figures says so.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { formatPersons, noFigure } from "@/components/costing/figures";
import { Link } from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { CostingView } from "@/lib/costing/data/get-costing";
import { TitledSection } from "./titled-section";

export async function PopulationTable({ countryCode, years, mayWrite, source }: { countryCode: string; years: CostingView["years"]; mayWrite: boolean; source: string }) {
  const [t, format] = await Promise.all([getTranslations("costingInputs.population"), getFormatter()]);
  const headings = [t("year"), t("persons"), t("female"), t("male"), t("ageGroups")];
  const missing = years.filter((figures) => figures.population === null).length;
  return (
    <TitledSection id="population-years" title={t("tableTitle")} intro={source ? t("source", { source }) : undefined} className="mb-8">
      <Table caption={t("tableTitle")}>
        <thead>
          <tr>
            {headings.map((heading) => (
              <Th key={heading}>{heading}</Th>
            ))}
            {mayWrite ? (
              <Th>
                <span className="sr-only">{t("change")}</span>
              </Th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {years.map(({ year, population }) => (
            <tr key={year}>
              <Th scope="row">
                {year}
              </Th>
              {population ? (
                <>
                  <Td label={headings[1]}>{formatPersons(format, population.persons)}</Td>
                  <Td label={headings[2]}>{formatPersons(format, population.female)}</Td>
                  <Td label={headings[3]}>{formatPersons(format, population.male)}</Td>
                  <Td label={headings[4]}>{format.number(population.ageGroups)}</Td>
                </>
              ) : (
                <>
                  <Td label={headings[1]}>
                    {noFigure} <span className="text-slate-600">{t("notGiven")}</span>
                  </Td>
                  <Td label={headings[2]}>{noFigure}</Td>
                  <Td label={headings[3]}>{noFigure}</Td>
                  <Td label={headings[4]}>{noFigure}</Td>
                </>
              )}
              {mayWrite ? (
                <Td>
                  <Link href={`/countries/${countryCode}/costing/population/${year}`}>{population ? t("changeYear", { year: String(year) }) : t("typeInYear", { year: String(year) })}</Link>
                </Td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </Table>
      {missing > 0 ? <p className="mt-2 text-sm text-amber-900">{t("missingYears", { count: missing })}</p> : null}
    </TitledSection>
  );
}
