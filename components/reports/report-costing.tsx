/**
 * The country report's costing, print-ready: the frame, each live package's cost and share of GDP in the base, middle
 * and horizon years (the years an A4 page holds; the costing page has them all), and the latest version validated at
 * a national dialogue, with whether the draft changed since. Nothing at all when the report has no costing to show.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { formatAmount, formatShare, noFigure } from "@/components/costing/figures";
import { Link } from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { ReportCosting } from "@/lib/reports/report-costing";
import { ReportSection } from "./report-parts";

export async function ReportCostingSection({ costing, countryCode }: { costing: ReportCosting | null; countryCode: string }) {
  if (!costing) return null;
  const [t, format] = await Promise.all([getTranslations("costingReport"), getFormatter()]);
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const { frame, latestVersion, packages, years } = costing;
  const unknown = packages.some((costingPackage) => costingPackage.years.some((year) => year.totalCost === null || year.shareOfGdp === null));

  return (
    <ReportSection id="costing" title={t("title")}>
      <p className="text-sm text-slate-700">{t("frame", { baseYear: String(frame.baseYear), horizonYear: String(frame.horizonYear), currency: frame.currency })}</p>
      {frame.populationSource ? <p className="text-sm text-slate-700">{t("population", { source: frame.populationSource })}</p> : null}
      <p className="mb-3 text-sm text-slate-700">
        {latestVersion ? t("latest", { number: latestVersion.number, date: day(latestVersion.validatedOn) }) : t("noVersion")}
        {latestVersion ? ` ${t(costing.changedSinceValidated ? "changed" : "unchanged")}` : null}
      </p>
      {packages.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noPackages")}</p>
      ) : (
        <>
          <Table caption={t("caption", { currency: frame.currency })}>
            <thead>
              <tr>
                <Th>{t("package")}</Th>
                {years.map((year) => (
                  <Th key={year} className="text-right">
                    {year}
                  </Th>
                ))}
              </tr>
            </thead>
            <tbody>
              {packages.map((costingPackage) => (
                <tr key={costingPackage.id} className="break-inside-avoid">
                  <Td>{costingPackage.name}</Td>
                  {costingPackage.years.map((figures) => (
                    <Td key={figures.year} label={String(figures.year)} className="text-right tabular-nums">
                      <span className="block">{formatAmount(format, figures.totalCost)}</span>
                      <span className="block text-xs text-slate-600">
                        {figures.shareOfGdp === null ? noFigure : t("shareOfGdp", { share: formatShare(format, figures.shareOfGdp) })}
                      </span>
                    </Td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
          <p className="mt-2 text-xs text-slate-600">
            {t("yearsShown")}
            {unknown ? ` ${t("unknown")}` : null}
          </p>
        </>
      )}
      <p className="mt-2 text-sm print:hidden">
        <Link href={`/countries/${countryCode}/costing`}>{t("fullFigures")}</Link>
      </p>
    </ReportSection>
  );
}
