/** What the quality check found, or what a country was published over, in the reader's language (decision 2200). */
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { titleText } from "@/lib/i18n/localized";
import type { QualityWarning } from "@/lib/publication/quality-check";

export async function QualityWarningList({ warnings, locale, testId }: { warnings: QualityWarning[]; locale: Locale; testId?: string }) {
  if (warnings.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("publication"), getFormatter()]);
  const say = (warning: QualityWarning): string => {
    switch (warning.kind) {
      case "completedStepWithoutEvidence":
        return t("warning.completedStepWithoutEvidence", { position: warning.position, title: titleText(warning.title, locale) });
      case "notUpdatedForAYear":
        return warning.lastUpdatedAt
          ? t("warning.notUpdatedForAYear", { date: format.dateTime(new Date(warning.lastUpdatedAt), { dateStyle: "long" }) })
          : t("warning.neverUpdated");
      case "figureWithoutSource":
        return t("warning.figureWithoutSource", { indicator: warning.indicatorCode, period: warning.period });
      case "nothingShared":
        return t("warning.nothingShared");
    }
  };
  return (
    <ul className="mt-2 list-disc space-y-1 pl-5" data-testid={testId}>
      {warnings.map((warning, index) => (
        <li key={index}>{say(warning)}</li>
      ))}
    </ul>
  );
}
