/**
 * The country report's roadmap, print-ready: the chart and its table, only when the country has planned something
 * (a step's dates or a planned milestone); nothing at all otherwise. The plan page has the baselines and the forms.
 */
import { getLocale, getTranslations } from "next-intl/server";
import { RoadmapChart } from "@/components/plans/roadmap-chart";
import { hasPlannedSteps } from "@/components/plans/roadmap-data";
import { roadmapOf } from "@/components/plans/roadmap-of";
import { RoadmapTable } from "@/components/plans/roadmap-table";
import { Link } from "@/components/ui/link";
import type { Locale } from "@/lib/i18n/locales";
import type { CountryPlan } from "@/lib/plans/get-country-plan";
import { ReportSection } from "./report-parts";

export async function ReportRoadmapSection({ plan, countryName }: { plan: CountryPlan; countryName: string }) {
  const [t, locale] = await Promise.all([getTranslations("plans"), getLocale()]);
  const roadmap = roadmapOf(plan, locale as Locale);
  if (!hasPlannedSteps(roadmap)) return null;
  return (
    <ReportSection id="roadmap" title={t("report.title")}>
      <RoadmapChart id="report-roadmap-chart" title={t("chartTitle", { country: countryName })} roadmap={roadmap} />
      <RoadmapTable caption={t("tableCaption", { country: countryName })} roadmap={roadmap} countryCode={plan.countryCode} />
      <p className="mt-2 text-sm print:hidden">
        <Link href={`/countries/${plan.countryCode}/plan`}>{t("report.fullPlan")}</Link>
      </p>
    </ReportSection>
  );
}
