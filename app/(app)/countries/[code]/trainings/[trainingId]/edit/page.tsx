import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TrainingForm } from "@/components/trainings/training-form";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { getTrainingForEdit } from "@/lib/trainings/list-trainings";
import { trainingChoices } from "../../options";
import { editTrainingAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; trainingId: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainings"))("editTitle") };
}

async function EditTrainingPage({ params }: Props) {
  const { trainingId } = await params;
  const locale = (await getLocale()) as Locale;
  const { values, choices } = await loadPage(async ({ db, actor }) => {
    const { values, mayEdit } = await getTrainingForEdit(db, actor, trainingId);
    if (!mayEdit) forbidden();
    return { values, choices: await trainingChoices(db, actor, values.countryCode, locale) };
  });
  const t = await getTranslations("trainings");

  return (
    <>
      <PageHeader title={t("editTitle")} intro={values.course}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${values.countryCode}/trainings`}>{t("history")}</Link>
        </nav>
      </PageHeader>
      <ClientMessages namespaces={["trainings", "support"]}>
        <TrainingForm action={editTrainingAction} mode="edit" {...choices} initial={values} />
      </ClientMessages>
    </>
  );
}

export default withRefusal(EditTrainingPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
