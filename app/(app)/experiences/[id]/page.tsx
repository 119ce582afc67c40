import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { ExperienceCard } from "@/components/experiences/experience-card";
import { languageName } from "@/components/library/resource-list";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { PageHeader } from "@/components/ui/page-header";
import { locales } from "@/db/schema/values";
import { getExperience } from "@/lib/experiences/list-experiences";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { can } from "@/lib/permissions";
import { featureExperienceAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((id: string) => loadPage(async ({ db, actor }) => ({ actor, ...(await getExperience(db, actor, id)) })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { experience } = await load((await params).id);
  const locale = await getLocale();
  return { title: (experience.texts.find((text) => text.language === locale) ?? experience.texts[0])?.title };
}

export default async function ExperiencePage({ params, searchParams }: Props) {
  const { actor, experience, stepTitle } = await load((await params).id);
  const { done } = await searchParams;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("experiences");
  const title = (experience.texts.find((text) => text.language === locale) ?? experience.texts[0])?.title ?? "";
  const missing = locales.filter((language) => !experience.texts.some((text) => text.language === language));

  return (
    <>
      <PageHeader
        title={title}
        intro={t("about", { country: localized(experience.countryName, locale), step: localized(stepTitle, locale) })}
        actions={
          can(actor, "experience.feature", { countryCode: experience.countryCode }) ? (
            <ActionButton
              action={featureExperienceAction}
              fields={{ experienceId: experience.id, featured: experience.featured ? "false" : "true" }}
              label={experience.featured ? t("unfeature") : t("feature")}
              pendingLabel={t("form.saving")}
            />
          ) : null
        }
      >
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${experience.countryCode}`}>{localized(experience.countryName, locale)}</Link>
        </nav>
      </PageHeader>
      <DoneNotice done={done} known={["written", "saved"] as const} message={(key) => t(key)} />
      <div className="max-w-3xl">
        <ExperienceCard experience={experience} headingLevel={2} />
        {experience.mayEdit ? (
          <div className="mt-4 flex flex-wrap gap-2">
            {experience.texts.map((text) => (
              <Link key={text.language} href={`/experiences/${experience.id}/edit?language=${text.language}`} className={buttonClassName("secondary")}>{t("editIn", { language: languageName(text.language, locale) })}</Link>
            ))}
            {missing.map((language) => (
              <Link key={language} href={`/experiences/${experience.id}/edit?language=${language}`} className={buttonClassName("ghost")}>{t("addLanguage", { language: languageName(language, locale) })}</Link>
            ))}
          </div>
        ) : null}
      </div>
    </>
  );
}
