import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ExperienceForm } from "@/components/experiences/experience-form";
import { experienceFormValues } from "@/components/experiences/experience-form-values";
import { languageName } from "@/components/library/resource-list";
import { PageHeader } from "@/components/ui/page-header";
import { type Locale, locales } from "@/db/schema/values";
import { getExperience } from "@/lib/experiences/list-experiences";
import { editExperienceAction } from "../../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("experiences"))("editTitle") };
}

async function EditExperiencePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const { experience } = await loadPage(({ db, actor }) => getExperience(db, actor, id));
  if (!experience.mayEdit) forbidden();
  const locale = (await getLocale()) as Locale;
  const asked = (await searchParams).language;
  const language: Locale = locales.includes(asked as Locale) ? (asked as Locale) : (experience.texts[0]?.language ?? locale);
  const text = experience.texts.find((candidate) => candidate.language === language);
  const t = await getTranslations("experiences");
  const name = languageName(language, locale);

  return (
    <>
      <PageHeader title={text ? t("editIn", { language: name }) : t("addLanguage", { language: name })} intro={experience.texts[0]?.title}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/experiences/${experience.id}`}>{experience.texts[0]?.title}</Link>
        </nav>
      </PageHeader>
      <ClientMessages namespaces={["experiences", "support"]}>
        <ExperienceForm
          action={editExperienceAction}
          mode="edit"
          languages={[{ value: language, label: name }]}
          initial={experienceFormValues(experience, language)}
        />
      </ClientMessages>
    </>
  );
}

export default withRefusal(EditExperiencePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
