/**
 * Write-ups as a list: each one's title in the reader's language where it was written in it, with its country,
 * step, authors, languages, who sees it and whether it is a draft; its page holds the text.
 */
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SharingBadge } from "@/components/sharing/sharing-badge";
import { Badge } from "@/components/ui/badge";
import type { ExperienceView } from "@/lib/experiences/list-experiences";
import { ExperienceByline, FeaturedBadge } from "./experience-byline";

export async function ExperienceList({ experiences, label, stepTitles }: { experiences: ExperienceView[]; label: string; stepTitles: Map<string, string> }) {
  const [t, format, locale] = await Promise.all([getTranslations("experiences"), getFormatter(), getLocale()]);
  return (
    <ul className="space-y-3" aria-label={label}>
      {experiences.map((experience) => {
        const text = experience.texts.find((candidate) => candidate.language === locale) ?? experience.texts[0];
        return (
          <li key={experience.id} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid="experience-item">
            <div className="flex flex-wrap items-center gap-2">
              <Link href={`/experiences/${experience.id}`} className="font-medium" lang={text?.language}>
                {text?.title}
              </Link>
              {experience.state === "draft" ? (
                <Badge tone="warning" symbol="✎">
                  {t("draftBadge")}
                </Badge>
              ) : (
                <SharingBadge level={experience.sharingLevel} />
              )}
              <FeaturedBadge experience={experience} />
            </div>
            <ExperienceByline experience={experience} stepTitle={stepTitles.get(experience.stepKey) ?? experience.stepKey} />
            <p className="text-xs text-slate-500">
              {t("updatedOn", { date: format.dateTime(experience.updatedAt, { dateStyle: "medium" }) })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
