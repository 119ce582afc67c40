import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { ExperienceCard } from "@/components/experiences/experience-card";
import { ExperienceHistory } from "@/components/experiences/experience-history";
import { PublishForm } from "@/components/experiences/publish-form";
import { languageName } from "@/components/library/resource-list";
import { SharingBadge } from "@/components/sharing/sharing-badge";
import { ActionButton } from "@/components/ui/action-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { PageHeader } from "@/components/ui/page-header";
import { locales } from "@/db/schema/values";
import { listExperienceHistory } from "@/lib/experiences/list-experience-history";
import { getExperience } from "@/lib/experiences/list-experiences";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { can } from "@/lib/permissions";
import { featureExperienceAction, publishExperienceAction, withdrawExperienceAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((id: string) =>
  loadPage(async ({ db, actor }) => {
    const found = await getExperience(db, actor, id);
    return { actor, ...found, history: await listExperienceHistory(db, actor, id) };
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { experience } = await load((await params).id);
  const locale = await getLocale();
  return { title: (experience.texts.find((text) => text.language === locale) ?? experience.texts[0])?.title };
}

async function ExperiencePage({ params, searchParams }: Props) {
  const { actor, experience, stepTitle, history } = await load((await params).id);
  const { done } = await searchParams;
  const locale = (await getLocale()) as Locale;
  const [t, format] = await Promise.all([getTranslations("experiences"), getFormatter()]);
  const title = (experience.texts.find((text) => text.language === locale) ?? experience.texts[0])?.title ?? "";
  const missing = locales.filter((language) => !experience.texts.some((text) => text.language === language));
  const countryName = localized(experience.countryName, locale);
  const draft = experience.state === "draft";
  const authors = experience.agencyAcronym ? t("authorsAgency", { agency: experience.agencyAcronym }) : t("authorsGroup", { country: countryName });

  return (
    <>
      <PageHeader
        title={title}
        intro={t("about", { country: countryName, step: localized(stepTitle, locale) })}
        actions={
          !draft && can(actor, "experience.feature", { countryCode: experience.countryCode }) ? (
            <ActionButton
              action={featureExperienceAction}
              fields={{ experienceId: experience.id, featured: experience.featured ? "false" : "true" }}
              label={experience.featured ? t("unfeature") : t("feature")}
              pendingLabel={t("form.saving")}
            />
          ) : null
        }
      >
        <nav aria-label={t("breadcrumb")} className="mb-1 flex gap-3 text-sm">
          <Link href="/experiences">{t("listTitle")}</Link>
          <Link href={`/countries/${experience.countryCode}`}>{countryName}</Link>
        </nav>
      </PageHeader>
      <DoneNotice done={done} known={["drafted", "saved", "published", "audience"] as const} message={(key) => t(`done.${key}`)} />
      <div className="max-w-3xl space-y-6">
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          {draft ? (
            <Badge tone="warning" symbol="✎">
              {t("draftBadge")}
            </Badge>
          ) : (
            <SharingBadge level={experience.sharingLevel} />
          )}
          {experience.publishedAt ? <span>{t("publishedOn", { date: format.dateTime(experience.publishedAt, { dateStyle: "long" }) })}</span> : null}
        </p>
        {draft ? <Alert tone="info">{t("draftNotice", { authors })}</Alert> : null}
        <ExperienceCard experience={experience} headingLevel={2} />
        {experience.mayEdit ? (
          <section aria-labelledby="experience-manage" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="experience-manage" className="text-lg font-semibold">
              {draft ? t("publishTitle") : t("manageTitle")}
            </h2>
            <PublishForm action={publishExperienceAction} experience={experience} countryName={countryName} />
            <div className="flex flex-wrap gap-2">
              {experience.texts.map((text) => (
                <Link key={text.language} href={`/experiences/${experience.id}/edit?language=${text.language}`} className={buttonClassName("secondary")}>{t("editIn", { language: languageName(text.language, locale) })}</Link>
              ))}
              {missing.map((language) => (
                <Link key={language} href={`/experiences/${experience.id}/edit?language=${language}`} className={buttonClassName("ghost")}>{t("addLanguage", { language: languageName(language, locale) })}</Link>
              ))}
            </div>
            <div>
              <ActionButton action={withdrawExperienceAction} fields={{ experienceId: experience.id }} label={t("withdraw")} pendingLabel={t("withdrawing")} variant="danger" />
              <p className="mt-1 text-xs text-slate-500">{t("withdrawHint")}</p>
            </div>
          </section>
        ) : null}
        <section aria-labelledby="experience-history">
          <h2 id="experience-history" className="mb-3 text-lg font-semibold">
            {t("history.title")}
          </h2>
          <ExperienceHistory entries={history} locale={locale} />
        </section>
      </div>
    </>
  );
}

export default withRefusal(ExperiencePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
