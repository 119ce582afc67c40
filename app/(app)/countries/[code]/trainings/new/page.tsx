import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TrainingForm } from "@/components/trainings/training-form";
import { PageHeader } from "@/components/ui/page-header";
import { agenciesOf } from "@/lib/actor";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { mayInCountry } from "@/lib/permissions";
import { listCountryTrainings } from "@/lib/trainings/list-trainings";
import { trainingChoices } from "../options";
import { recordTrainingAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainings"))("recordTitle") };
}

async function NewTrainingPage({ params }: Props) {
  const { code } = await params;
  const locale = (await getLocale()) as Locale;
  const { country, ownAgency, choices } = await loadPage(async ({ db, actor }) => {
    const { country } = await listCountryTrainings(db, actor, code);
    const [ownAgency] = agenciesOf(actor);
    if (!mayInCountry(actor, "training.write", country.code)) forbidden();
    return { country, ownAgency, choices: await trainingChoices(db, actor, country.code, locale) };
  });
  const t = await getTranslations("trainings");
  const countryName = localized(country.name, locale);

  return (
    <>
      <PageHeader title={t("recordTitle")} intro={t("recordIntro", { country: countryName })}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${country.code}/trainings`}>{t("countryTitle", { country: countryName })}</Link>
        </nav>
      </PageHeader>
      <ClientMessages namespaces={["trainings", "support"]}>
        <TrainingForm
          action={recordTrainingAction}
          mode="record"
          {...choices}
          initial={{
            countryCode: country.code,
            course: "",
            institutionId: "",
            otherInstitution: "",
            startDate: "",
            endDate: "",
            // An adviser records what their agency paid for, unless they say otherwise.
            fundingAgencyId: ownAgency ?? "",
            supportEntryId: "",
            participantNames: "",
            participants: [],
          }}
        />
      </ClientMessages>
    </>
  );
}

export default withRefusal(NewTrainingPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
