/**
 * The country report's assessment matrix, print-ready: each guarantee's existing schemes, then its policy gaps,
 * implementation issues and recommendations in order (a recommendation with its kind, priority and status), and the
 * latest endorsed version. A matrix kept from the reader says so and shows nothing else.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { AssessmentItemBadges } from "@/components/assessment/assessment-badges";
import { ClientMessages } from "@/components/i18n/client-messages";
import { assessmentSections } from "@/lib/forms/choices";
import type { ReportAssessment } from "@/lib/reports/get-country-report";
import { DownloadLink } from "./download-link";
import { ReportSection } from "./report-parts";

export async function ReportAssessmentSection({ assessment, countryCode }: { assessment: ReportAssessment; countryCode: string }) {
  const [t, tAssessment, tSchemes, format] = await Promise.all([getTranslations("assessmentExport"), getTranslations("assessment"), getTranslations("schemes"), getFormatter()]);
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const { latestVersion } = assessment;

  return (
    <ReportSection id="assessment" title={t("reportTitle")}>
      {!assessment.readable ? (
        <p className="text-sm text-slate-600">{t("reportKept")}</p>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-700">
            {latestVersion ? t("reportLatest", { number: latestVersion.number, date: day(latestVersion.endorsedOn) }) : t("reportNoVersion")}
            {latestVersion && assessment.changedSinceEndorsed ? ` ${t("reportChanged")}` : null}
          </p>
          {assessment.itemCount === 0 ? <p className="text-sm text-slate-600">{t("reportEmpty")}</p> : null}
          {assessment.blocks.map((block) => (
            <div key={block.guarantee} className="mb-4 break-inside-avoid" data-testid={`report-assessment-${block.guarantee}`}>
              <h3 className="font-medium">{tSchemes(`guarantee.${block.guarantee}`)}</h3>
              <p className="mt-1 text-sm">
                <span className="text-slate-600">{tAssessment("existingSchemes")}: </span>
                {block.schemes.length === 0 ? tAssessment("noScheme") : block.schemes.map((scheme) => scheme.nationalName).join(" · ")}
              </p>
              {assessmentSections.map((section) => (
                <div key={section} className="mt-2">
                  <h4 className="text-sm font-medium text-slate-700">{tAssessment(`section.${section}`)}</h4>
                  {block.sections[section].length === 0 ? (
                    <p className="text-sm text-slate-500">{tAssessment("noneYet")}</p>
                  ) : (
                    <ol className="ml-5 list-decimal space-y-1 text-sm">
                      {block.sections[section].map((item) => (
                        <li key={item.id}>
                          {item.statement}
                          {item.section === "recommendation" ? (
                            <span className="ml-2 inline-block align-middle">
                              <AssessmentItemBadges item={{ ...item, reviewState: null }} />
                            </span>
                          ) : null}
                        </li>
                      ))}
                    </ol>
                  )}
                </div>
              ))}
            </div>
          ))}
          {assessment.itemCount > 0 ? (
            <div className="flex flex-wrap gap-x-4 text-sm print:hidden">
              <span className="font-medium">{tAssessment("downloads")}</span>
              <ClientMessages namespaces={["downloads"]}>
                <DownloadLink href={`/exports/assessment.csv?country=${countryCode}`} label={tAssessment("csv")} />
                <DownloadLink href={`/exports/assessment.xlsx?country=${countryCode}`} label={tAssessment("xlsx")} />
              </ClientMessages>
            </div>
          ) : null}
        </>
      )}
    </ReportSection>
  );
}
