/**
 * The country report's results, print-ready: one row per indicator the country follows (as the reader may read
 * them) with its baseline, targets and latest accepted value, in the reader's number format. Nothing at all when
 * there is none to show; the results page has every value and the charts.
 */
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { noFigure } from "@/components/costing/figures";
import { Link } from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportIndicator } from "@/lib/reports/report-results";
import { ReportSection } from "./report-parts";

// Intl formats a decimal string exactly; the cast only satisfies next-intl's number-typed signature.
const exact = (text: string) => text as unknown as number;

export async function ReportResultsSection({ results, countryCode }: { results: ReportIndicator[] | null; countryCode: string }) {
  if (!results) return null;
  const [t, format, locale] = await Promise.all([getTranslations("resultsReport"), getFormatter(), getLocale()]);
  /** A figure with its unit: "42.5 %", "1,234 thousand", "12,000". */
  const figure = (unit: ReportIndicator["unit"], value: string) => {
    const number = format.number(exact(value), { maximumFractionDigits: 2 });
    return unit === "percent" ? t("percent", { value: number }) : unit === "thousand_persons" ? t("thousands", { value: number }) : number;
  };

  return (
    <ReportSection id="results" title={t("title")}>
      <Table caption={t("caption", { count: results.length })}>
        <thead>
          <tr>
            <Th>{t("indicator")}</Th>
            <Th className="text-right">{t("baseline")}</Th>
            <Th className="text-right">{t("targets")}</Th>
            <Th className="text-right">{t("latest")}</Th>
          </tr>
        </thead>
        <tbody>
          {results.map((indicator) => (
            <tr key={indicator.id} className="break-inside-avoid">
              <Td>
                <span className="block">{localized(indicator.name, locale as Locale)}</span>
                <span className="block text-xs text-slate-600">
                  {indicator.code} · {t(indicator.direction === "higher_is_better" ? "higherIsBetter" : "lowerIsBetter")}
                </span>
              </Td>
              <Td label={t("baseline")} className="text-right tabular-nums">
                {indicator.baseline ? t("inYear", { value: figure(indicator.unit, indicator.baseline.value), year: String(indicator.baseline.year) }) : noFigure}
              </Td>
              <Td label={t("targets")} className="text-right tabular-nums">
                {indicator.targets.length === 0
                  ? noFigure
                  : indicator.targets.map((target) => (
                      <span key={target.year} className="block">
                        {t("inYear", { value: figure(indicator.unit, target.value), year: String(target.year) })}
                      </span>
                    ))}
              </Td>
              <Td label={t("latest")} className="text-right tabular-nums">
                {indicator.latest ? (
                  <>
                    <span className="block">{t("inYear", { value: figure(indicator.unit, indicator.latest.value), year: indicator.latest.period })}</span>
                    {indicator.latest.source ? <span className="block text-xs text-slate-600">{indicator.latest.source}</span> : null}
                  </>
                ) : (
                  t("noValue")
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="mt-2 text-sm print:hidden">
        <Link href={`/countries/${countryCode}/results`}>{t("fullResults")}</Link>
        {" · "}
        {t("downloads")}: <a href={`/exports/indicator-values.csv?country=${countryCode}`}>{t("csv")}</a> ·{" "}
        <a href={`/exports/indicator-values.xlsx?country=${countryCode}`}>{t("xlsx")}</a>
      </p>
    </ReportSection>
  );
}
