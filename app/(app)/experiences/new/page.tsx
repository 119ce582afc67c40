import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ExperienceForm } from "@/components/experiences/experience-form";
import { newExperienceFormValues } from "@/components/experiences/experience-form-values";
import { languageName } from "@/components/library/resource-list";
import { PageHeader } from "@/components/ui/page-header";
import { locales } from "@/db/schema/values";
import { listAgencyNames } from "@/lib/agencies/agency-names";
import { getCountryOverview } from "@/lib/countries/get-country-overview";
import { experienceWriteScope } from "@/lib/experiences/experience-records";
import type { Locale } from "@/lib/i18n/locales";
import { localized, titleText } from "@/lib/i18n/localized";
import { writeExperienceAction } from "../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("experiences"))("writeTitle") };
}

async function WriteExperiencePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { country: code, step: stepKey } = await searchParams;
  const { country, step, asGroup, agencyRows } = await loadPage(async ({ db, actor }) => {
    const { country, steps } = await getCountryOverview(db, actor, code);
    const step = steps.find((candidate) => candidate.key !== null && candidate.key === stepKey);
    if (!step) notFound();
    // A working group writes for its country; an adviser for one of their agencies.
    const { asGroup, agencyIds: ownAgencies } = experienceWriteScope(actor, country.code);
    if (!asGroup && ownAgencies.length === 0) forbidden();
    return { country, step, asGroup, agencyRows: await listAgencyNames(db, ownAgencies) };
  });
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("experiences");
  const countryName = localized(country.name, locale);
  const stepTitle = titleText(step.title, locale);

  return (
    <>
      <PageHeader title={t("writeTitle")} intro={t("writeIntro", { country: countryName, step: stepTitle })}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${country.code}/steps/${step.id}`}>{stepTitle}</Link>
        </nav>
      </PageHeader>
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t("writeDraftHint")}</p>
      <ClientMessages namespaces={["experiences", "support"]}>
        <ExperienceForm
          action={writeExperienceAction}
          mode="write"
          languages={locales.map((language) => ({ value: language, label: languageName(language, locale) }))}
          agencies={asGroup ? [] : agencyRows.map((agency) => ({ value: agency.id, label: localized(agency.shortName, locale) }))}
          initial={newExperienceFormValues({ countryCode: country.code, stepKey: step.key!, agencyId: asGroup ? "" : (agencyRows[0]?.id ?? ""), language: locale })}
        />
      </ClientMessages>
    </>
  );
}

export default withRefusal(WriteExperiencePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
