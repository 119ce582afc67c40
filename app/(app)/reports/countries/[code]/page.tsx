import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { SchemeTable } from "@/components/assessment/scheme-table";
import { CountryFacts } from "@/components/countries/country-facts";
import { StepStatusBadge } from "@/components/countries/status-badges";
import { ExportLinks } from "@/components/reports/export-links";
import { ReportAssessmentSection } from "@/components/reports/report-assessment";
import { ReportCostingSection } from "@/components/reports/report-costing";
import { ReportResultsSection } from "@/components/reports/report-results";
import { ReportRoadmapSection } from "@/components/reports/report-roadmap";
import { ReportMoneyTable, ReportSection } from "@/components/reports/report-parts";
import { ConvertedTotals, HowWeCount } from "@/components/funding/converted-totals";
import { KindBadge } from "@/components/support/badges";
import { Money } from "@/components/support/money";
import { buttonClassName } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import { localized, titleText } from "@/lib/i18n/localized";
import { getCountryPlan } from "@/lib/plans/get-country-plan";
import { getCountryReport } from "@/lib/reports/get-country-report";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

const load = cache((code: string) =>
  loadPage(async ({ db, actor }) => {
    const report = await getCountryReport(db, actor, code);
    return { actor, report, plan: await getCountryPlan(db, actor, report.country.code) };
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { report } = await load((await params).code);
  const t = await getTranslations("reports");
  return { title: t("countryTitle", { country: localized(report.country.name, (await getLocale()) as Locale) }) };
}

async function CountryReportPage({ params }: Props) {
  const { actor, report, plan } = await load((await params).code);
  const locale = (await getLocale()) as Locale;
  const [t, tSupport, tCountry, tSchemes, tDocuments, tFunding, format] = await Promise.all([
    getTranslations("reports"),
    getTranslations("support"),
    getTranslations("country"),
    getTranslations("schemes"),
    getTranslations("documents"),
    getTranslations("funding"),
    getFormatter(),
  ]);
  const { country } = report;
  const name = localized(country.name, locale);
  const titleOf = (title: string | { en: string }) => (titleText(title, locale));
  const day = (date: Date | string) => format.dateTime(typeof date === "string" ? new Date(`${date}T00:00:00Z`) : date, { dateStyle: "medium", timeZone: "UTC" });
  const withMilestones = report.steps.filter((step) => step.milestones.length > 0);

  return (
    <article className="report">
      <PageHeader
        title={t("countryTitle", { country: name })}
        intro={t("preparedBy", { date: day(new Date()), name: actor.name })}
        actions={
          <span className="flex gap-2 print:hidden">
            <a href={`/reports/countries/${country.code}/pdf`} download className={buttonClassName()}>
              {t("downloadPdf")}
            </a>
            <a href={`/reports/countries/${country.code}/docx`} download className={buttonClassName("secondary")}>
              {tDocuments("downloadDocx")}
            </a>
            <Link href={`/countries/${country.code}`} className={buttonClassName("secondary")}>{t("backToCountry")}</Link>
          </span>
        }
      />
      <CountryFacts country={country} />

      <ReportSection id="steps" title={t("stepsTitle")}>
        <Table caption={t("stepsTitle")}>
          <thead>
            <tr>
              <Th className="w-10">#</Th>
              <Th>{tCountry("step")}</Th>
              <Th>{tCountry("status")}</Th>
              <Th>{t("signOff")}</Th>
              <Th className="text-right">{t("milestoneCount")}</Th>
            </tr>
          </thead>
          <tbody>
            {report.steps.map((step) => (
              <tr key={step.id} className="break-inside-avoid">
                <Td className="text-slate-500">{step.number}</Td>
                <Td label={tCountry("step")}>
                  {titleOf(step.title)}
                  {step.key === null ? <span className="block text-xs text-slate-500">{tCountry("nationalStep")}</span> : null}
                  {step.fromOlderVersion ? <span className="block text-xs text-slate-500">{tCountry("olderVersion")}</span> : null}
                </Td>
                <Td label={tCountry("status")}>
                  <StepStatusBadge status={step.status} />
                </Td>
                <Td label={t("signOff")} className="text-sm">
                  {step.signOff?.signedOffAt
                    ? t("signedOff", { date: day(step.signOff.signedOffAt), name: step.signOff.signedOffByName ?? "—", note: step.signOff.signOffNote ?? "" })
                    : "—"}
                </Td>
                <Td label={t("milestoneCount")} className="text-right tabular-nums">{format.number(step.milestoneCount)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </ReportSection>

      <ReportRoadmapSection plan={plan} countryName={name} />

      <ReportSection id="milestones" title={t("milestonesTitle")}>
        {withMilestones.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noMilestones")}</p>
        ) : (
          withMilestones.map((step) => (
            <div key={step.id} className="mb-4 break-inside-avoid">
              <h3 className="font-medium">
                {step.number}. {titleOf(step.title)}
              </h3>
              <ul className="mt-1 space-y-2 text-sm">
                {step.milestones.map((milestone) => (
                  <li key={milestone.id}>
                    <span className="tabular-nums text-slate-600">{day(milestone.occurredOn)}</span> — {milestone.title}
                    {milestone.evidence.length > 0 ? (
                      <ul className="ml-4 list-disc text-slate-700" aria-label={t("evidence")}>
                        {milestone.evidence.map((item) => {
                          const href = item.url ?? `/api/evidence/${item.id}`;
                          return (
                            <li key={item.id}>
                              <a href={href} rel="noopener noreferrer nofollow">
                                {item.title}
                              </a>{" "}
                              <span className="break-all text-xs text-slate-500">{item.url ?? t("uploadedFile")}</span>
                            </li>
                          );
                        })}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
              {step.milestoneCount > step.milestones.length ? (
                <p className="mt-1 text-sm text-slate-600">{t("milestonesShown", { shown: step.milestones.length, count: step.milestoneCount })}</p>
              ) : null}
            </div>
          ))
        )}
      </ReportSection>

      <ReportSection id="support" title={t("supportTitle")}>
        {report.supportByAgency.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noSupport")}</p>
        ) : (
          <Table caption={t("supportTitle")}>
            <thead>
              <tr>
                <Th>{tSupport("agency")}</Th>
                <Th>{tSupport("kindLabel")}</Th>
                <Th className="text-right">{t("entries")}</Th>
                <Th className="text-right">{tSupport("flow.committed")}</Th>
                <Th className="text-right">{tSupport("flow.disbursed")}</Th>
              </tr>
            </thead>
            <tbody>
              {report.supportByAgency.map((group) => (
                <tr key={`${group.agencyAcronym}-${group.kind}`}>
                  <Td>{localized(group.agencyShortName, locale)}</Td>
                  <Td label={tSupport("kindLabel")}>
                    <KindBadge kind={group.kind} />
                  </Td>
                  <Td label={t("entries")} className="text-right tabular-nums">{group.entries}</Td>
                  <Td label={tSupport("flow.committed")} className="text-right">
                    {group.money.length ? group.money.map((money) => <div key={money.currency}><Money amount={money.committed} currency={money.currency} /></div>) : "—"}
                  </Td>
                  <Td label={tSupport("flow.disbursed")} className="text-right">
                    {group.money.length ? group.money.map((money) => <div key={money.currency}><Money amount={money.disbursed} currency={money.currency} /></div>) : "—"}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </ReportSection>

      <ReportSection id="gaps" title={t("gapsTitle")}>
        <ReportMoneyTable totals={report.totals} caption={t("gapsTitle")} empty={t("noNeeds")} />
        {report.totals.length ? (
          <>
            <ConvertedTotals totals={report.funding} caption={tFunding("convertedTitle", { currency: report.funding.converted.currency })} />
            <HowWeCount />
          </>
        ) : null}
        {report.steps.some((step) => step.needs.length > 0) ? (
          <ul className="mt-3 space-y-1 text-sm">
            {report.steps.flatMap((step) =>
              step.needs.map((need) => (
                <li key={need.id}>
                  <span className="text-slate-600">
                    {step.number}. {titleOf(step.title)} —
                  </span>{" "}
                  {need.description} ({tSupport(`priority.${need.priority}`)}
                  {need.estimateAmount && need.estimateCurrency ? (
                    <>
                      , <Money amount={need.estimateAmount} currency={need.estimateCurrency} />
                    </>
                  ) : null}
                  )
                </li>
              )),
            )}
          </ul>
        ) : null}
      </ReportSection>

      <ReportSection id="schemes" title={tSchemes("title")}>
        {report.schemes.length === 0 ? (
          <p className="text-sm text-slate-600">{tSchemes("emptyReader")}</p>
        ) : (
          <SchemeTable caption={tSchemes("count", { count: report.schemes.length })} schemes={report.schemes} countryCode={country.code} />
        )}
      </ReportSection>

      <ReportAssessmentSection assessment={report.assessment} countryCode={country.code} />

      <ReportCostingSection costing={report.costing} countryCode={country.code} />

      <ReportResultsSection results={report.results} countryCode={country.code} />

      <ReportSection id="review" title={t("reviewTitle")}>
        {report.reviewItems.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noReviewItems")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {report.reviewItems.map((item) => {
              const step = report.steps.find((candidate) => candidate.id === item.countryStepId);
              return (
                <li key={item.id}>
                  {day(item.openedAt)} — {step ? `${step.number}. ${titleOf(step.title)}` : null}
                  {item.title ? ` — ${item.title}` : null}: {t("changesRequested", { name: item.openedByName ?? "—", reason: item.reason })}
                </li>
              );
            })}
          </ul>
        )}
      </ReportSection>

      <ExportLinks query={{ country: country.code }} />
    </article>
  );
}

export default withRefusal(CountryReportPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
