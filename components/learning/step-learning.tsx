/**
 * What a working group learns from on a step's page: "Tools for this step" from the library, and "How other
 * countries did it": the countries that completed the step, what they shared (newest first) and their
 * published experience write-ups in every language they were written in (the country's own list shows its
 * side's drafts too, marked); the step's page loads them.
 */
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ExperienceCard } from "@/components/experiences/experience-card";
import { ResourceList } from "@/components/library/resource-list";
import { Badge } from "@/components/ui/badge";
import { EvidenceList } from "@/components/milestones/evidence-list";
import { dateOnly, dateOnlyFormat } from "@/components/progress/dates";
import { TitledCard } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { Actor } from "@/lib/actor";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { getStepLearning } from "@/lib/learning/get-step-learning";
import { mayInCountry, maySomewhere } from "@/lib/permissions";

type Props = { actor: Actor; countryCode: string; countryName: string; stepKey: string; learning: Awaited<ReturnType<typeof getStepLearning>> };

export async function StepLearning({ actor, countryCode, countryName, stepKey, learning }: Props) {
  const { tools, completed, shared, experiences, ownExperiences } = learning;
  const [t, tExperiences, format, locale] = await Promise.all([getTranslations("learning"), getTranslations("experiences"), getFormatter(), getLocale()]);
  const mayWrite = mayInCountry(actor, "experience.write", countryCode);
  const writeLink = `/experiences/new?country=${countryCode}&step=${stepKey}`;

  return (
    <div className="space-y-8">
      <TitledCard id="step-tools" title={t("toolsTitle")}>
        {tools.length === 0 ? (
          <EmptyState
            action={
              maySomewhere(actor, "resource.write") ? <Link href={`/library/new?step=${stepKey}`}>{t("addTool")}</Link> : <Link href="/library">{t("openLibrary")}</Link>
            }
          >
            {t("noTools")}
          </EmptyState>
        ) : (
          <>
            <ResourceList resources={tools} label={t("toolsTitle")} />
            <p className="mt-2 text-sm">
              <Link href={`/library?step=${stepKey}`}>{t("moreInLibrary")}</Link>
            </p>
          </>
        )}
      </TitledCard>

      <section aria-labelledby="step-others" className="space-y-5">
        <h2 id="step-others" className="text-lg font-semibold">
          {t("othersTitle")}
        </h2>

        <div>
          <h3 className="mb-2 font-medium">{t("completedTitle")}</h3>
          {completed.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noneCompleted")}</p>
          ) : (
            <ul className="space-y-1 text-sm" aria-label={t("completedTitle")}>
              {completed.map((country) => (
                <li key={country.countryCode}>
                  <Link href={`/countries/${country.countryCode}`}>{localized(country.countryName, locale as Locale)}</Link>
                  {country.signedOffAt ? <> — {t("signedOffOn", { date: format.dateTime(country.signedOffAt, { dateStyle: "long" }) })}</> : null}
                </li>
              ))}
            </ul>
          )}
        </div>

        <div>
          <h3 className="mb-2 font-medium">{t("sharedTitle")}</h3>
          {shared.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noneShared")}</p>
          ) : (
            <ol className="space-y-3" aria-label={t("sharedTitle")}>
              {shared.map((milestone) => (
                <li key={milestone.id} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid="shared-item">
                  <p className="text-sm text-slate-600">{localized(milestone.countryName, locale as Locale)}</p>
                  <p className="font-medium">
                    <Link href={`/countries/${milestone.countryCode}/milestones/${milestone.id}`}>{milestone.title}</Link>
                  </p>
                  <p className="text-sm text-slate-600">
                    <time dateTime={milestone.occurredOn}>{format.dateTime(dateOnly(milestone.occurredOn), dateOnlyFormat)}</time>
                  </p>
                  {milestone.description ? <p className="mt-1 text-sm whitespace-pre-line">{milestone.description}</p> : null}
                  <EvidenceList items={milestone.evidence} />
                </li>
              ))}
            </ol>
          )}
        </div>

        <div>
          <h3 className="mb-2 font-medium">{t("experiencesTitle")}</h3>
          {experiences.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noExperiences")}</p>
          ) : (
            <div className="space-y-3">
              {experiences.map((experience) => (
                <ExperienceCard key={experience.id} experience={experience} />
              ))}
            </div>
          )}
          <p className="mt-2 text-sm">
            <Link href={`/experiences?step=${stepKey}`}>{t("allExperiences")}</Link>
          </p>
        </div>

        <div>
          <h3 className="mb-2 font-medium">{t("ownTitle", { country: countryName })}</h3>
          {ownExperiences.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noOwn", { country: countryName })}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {ownExperiences.map((experience) => (
                <li key={experience.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/experiences/${experience.id}`}>{(experience.texts.find((text) => text.language === locale) ?? experience.texts[0])?.title}</Link>
                  {experience.state === "draft" ? (
                    <Badge tone="warning" symbol="✎">
                      {tExperiences("draftBadge")}
                    </Badge>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {mayWrite ? (
            <p className="mt-2 text-sm">
              <Link href={writeLink}>{t("writeOwn", { country: countryName })}</Link>
            </p>
          ) : null}
        </div>
      </section>
    </div>
  );
}
