/** What a write-up's list entry and its card both say of it: the featured badge, and its country, step, authors and languages. */
import { getLocale, getTranslations } from "next-intl/server";
import { languageName } from "@/components/library/resource-list";
import { Badge } from "@/components/ui/badge";
import type { ExperienceView } from "@/lib/experiences/list-experiences";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

export async function FeaturedBadge({ experience }: { experience: ExperienceView }) {
  const t = await getTranslations("experiences");
  return experience.featured ? (
    <Badge tone="success" symbol="★">
      {t("featured")}
    </Badge>
  ) : null;
}

/** `stepTitle` where the page around it does not already name the step. */
export async function ExperienceByline({ experience, stepTitle }: { experience: ExperienceView; stepTitle?: string }) {
  const [t, locale] = await Promise.all([getTranslations("experiences"), getLocale()]);
  return (
    <p className="text-sm text-slate-600">
      {[
        localized(experience.countryName, locale as Locale),
        stepTitle,
        experience.agencyAcronym ? t("byAgency", { agency: experience.agencyAcronym }) : t("byWorkingGroup"),
        t("writtenIn", { languages: experience.texts.map((text) => languageName(text.language, locale)).join(", ") }),
      ]
        .filter(Boolean)
        .join(" · ")}
    </p>
  );
}
