/**
 * The country report's assessment matrix, costing and results in a Word document, as their report sections show
 * them (components/reports/report-assessment.tsx, report-costing.tsx, report-results.tsx): a matrix kept from the
 * reader says so and nothing else; no costing or results section when the page has none.
 */
import "server-only";
import { assessmentSections } from "@/db/schema/values";
import { localized } from "@/lib/i18n/localized";
import type { ReportAssessment } from "@/lib/reports/get-country-report";
import type { ReportCosting } from "@/lib/reports/report-costing";
import type { ReportIndicator } from "@/lib/reports/report-results";
import { type Block, heading, paragraph, table } from "./builders";
import type { DocumentWords } from "./words";

const noFigure = "—";

export function assessmentBlocks(assessment: ReportAssessment, words: DocumentWords): Block[] {
  const { t, day } = words;
  const title = heading(t("assessmentExport.reportTitle"), 2);
  if (!assessment.readable) return [title, paragraph(t("assessmentExport.reportKept"), "muted")];
  const { latestVersion } = assessment;
  const versionLine = latestVersion
    ? `${t("assessmentExport.reportLatest", { number: latestVersion.number, date: day(latestVersion.endorsedOn) })}${assessment.changedSinceEndorsed ? ` ${t("assessmentExport.reportChanged")}` : ""}`
    : t("assessmentExport.reportNoVersion");
  return [
    title,
    paragraph(versionLine),
    ...(assessment.itemCount === 0 ? [paragraph(t("assessmentExport.reportEmpty"), "muted")] : []),
    ...assessment.blocks.flatMap((block) => [
      heading(t(`schemes.guarantee.${block.guarantee}`), 3),
      paragraph(`${t("assessment.existingSchemes")}: ${block.schemes.length === 0 ? t("assessment.noScheme") : block.schemes.map((scheme) => scheme.nationalName).join(" · ")}`),
      ...assessmentSections.flatMap((section) => [
        heading(t(`assessment.section.${section}`), 4),
        ...(block.sections[section].length === 0
          ? [paragraph(t("assessment.noneYet"), "muted")]
          : block.sections[section].map((item, index) => {
              // The badges of the page, as words after the statement: status, priority, kind.
              const badges = [
                item.status && t(`assessment.status.${item.status}`),
                item.priority && t("assessment.priorityBadge", { priority: t(`assessment.priority.${item.priority}`) }),
                item.recommendationKind && t(`assessment.recommendationKindShort.${item.recommendationKind}`),
              ].filter(Boolean);
              return paragraph(`${index + 1}. ${item.statement}${item.section === "recommendation" && badges.length ? ` — ${badges.join(" · ")}` : ""}`);
            })),
      ]),
    ]),
  ];
}

export function costingBlocks(costing: ReportCosting | null, words: DocumentWords): Block[] {
  if (!costing) return [];
  const { t, day } = words;
  const { frame, latestVersion, packages, years } = costing;
  const unknown = packages.some((costingPackage) => costingPackage.years.some((year) => year.totalCost === null || year.shareOfGdp === null));
  const versionLine = latestVersion
    ? `${t("costingReport.latest", { number: latestVersion.number, date: day(latestVersion.validatedOn) })} ${t(costing.changedSinceValidated ? "costingReport.changed" : "costingReport.unchanged")}`
    : t("costingReport.noVersion");
  return [
    heading(t("costingReport.title"), 2),
    paragraph(t("costingReport.frame", { baseYear: String(frame.baseYear), horizonYear: String(frame.horizonYear), currency: frame.currency })),
    ...(frame.populationSource ? [paragraph(t("costingReport.population", { source: frame.populationSource }))] : []),
    paragraph(versionLine),
    ...(packages.length === 0
      ? [paragraph(t("costingReport.noPackages"), "muted")]
      : [
          ...table(
            t("costingReport.caption", { currency: frame.currency }),
            [{ label: t("costingReport.package") }, ...years.map((year) => ({ label: String(year), numeric: true }))],
            packages.map((costingPackage) => [
              costingPackage.name,
              ...costingPackage.years.map((figures) => [
                words.costingAmount(figures.totalCost),
                figures.shareOfGdp === null ? noFigure : t("costingReport.shareOfGdp", { share: words.costingShare(figures.shareOfGdp) }),
              ]),
            ]),
          ),
          paragraph(`${t("costingReport.yearsShown")}${unknown ? ` ${t("costingReport.unknown")}` : ""}`, "small"),
        ]),
  ];
}

export function resultsBlocks(results: ReportIndicator[] | null, words: DocumentWords): Block[] {
  if (!results) return [];
  const { t, locale } = words;
  const figure = (unit: ReportIndicator["unit"], value: string) => {
    const number = words.number(value, 2);
    return unit === "percent" ? t("resultsReport.percent", { value: number }) : unit === "thousand_persons" ? t("resultsReport.thousands", { value: number }) : number;
  };
  return [
    heading(t("resultsReport.title"), 2),
    ...table(
      t("resultsReport.caption", { count: results.length }),
      [{ label: t("resultsReport.indicator") }, { label: t("resultsReport.baseline"), numeric: true }, { label: t("resultsReport.targets"), numeric: true }, { label: t("resultsReport.latest"), numeric: true }],
      results.map((indicator) => [
        [localized(indicator.name, locale), `${indicator.code} · ${t(indicator.direction === "higher_is_better" ? "resultsReport.higherIsBetter" : "resultsReport.lowerIsBetter")}`],
        indicator.baseline ? t("resultsReport.inYear", { value: figure(indicator.unit, indicator.baseline.value), year: String(indicator.baseline.year) }) : noFigure,
        indicator.targets.length === 0 ? noFigure : indicator.targets.map((target) => t("resultsReport.inYear", { value: figure(indicator.unit, target.value), year: String(target.year) })),
        indicator.latest
          ? [t("resultsReport.inYear", { value: figure(indicator.unit, indicator.latest.value), year: indicator.latest.period }), ...(indicator.latest.source ? [indicator.latest.source] : [])]
          : t("resultsReport.noValue"),
      ]),
    ),
  ];
}
