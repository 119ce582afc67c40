import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EntryForm } from "@/components/support/entry-form";
import { fundingChoices } from "@/components/funding/funding-choices";
import { stepOptions } from "@/components/support/step-options";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { listCountries } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { mayAddSupport } from "@/lib/support/capabilities";
import { getEntryFormOptions } from "@/lib/support/get-entry-form-options";
import { addSupportEntryAction } from "../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("support"))("newTitle") };
}

type Props = { searchParams: Promise<Record<string, string | undefined>> };

async function NewSupportEntryPage({ searchParams }: Props) {
  const query = await searchParams;
  const locale = (await getLocale()) as Locale;
  // The steps offered depend on the country: without one, the page asks for it first (a plain GET form, so it works without JavaScript).
  const { countries, options } = await loadPage(async ({ db, actor }) => {
    if (!mayAddSupport(actor)) forbidden();
    if (!query.country) return { countries: await listCountries(db, actor, { locale }), options: null };
    return { countries: null, options: await getEntryFormOptions(db, actor, { country: query.country, need: query.need }) };
  });
  const [t, tForm] = await Promise.all([getTranslations("support"), getTranslations("support.form")]);

  if (!options) {
    return (
      <>
        <PageHeader title={t("newTitle")} intro={t("chooseCountryIntro")} />
        <Card className="max-w-md">
          <form method="get" action="/support/new" className="space-y-4">
            <Field id="new-country" label={t("country")}>
              <Select id="new-country" name="country" required defaultValue="">
                <option value="" disabled>
                  {tForm("chooseCountry")}
                </option>
                {countries.map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Button type="submit">{tForm("continue")}</Button>
          </form>
        </Card>
      </>
    );
  }

  const countryName = localized(options.country.name, locale);
  const stepId = options.need?.countryStepId ?? options.steps.find((step) => step.id === query.step)?.id ?? "";
  const needLabel = options.need ? (options.need.kind === "funding" ? t("needKind.funding") : t(`category.${options.need.technicalCategory!}`)) : null;

  return (
    <>
      <PageHeader title={t("newTitle")} intro={t("newIntro", { country: countryName })}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${options.country.code}/support`}>{t("countryTitle", { country: countryName })}</Link> ·{" "}
          <Link href="/support/new">{tForm("otherCountry")}</Link>
        </nav>
      </PageHeader>
      {options.need ? (
        <p className="mb-4 max-w-2xl rounded-md border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950">
          {t("answersNeed", { need: needLabel!, description: options.need.description })}
        </p>
      ) : null}
      <ClientMessages namespaces={["support", "funding"]}>
        <EntryForm
          action={addSupportEntryAction}
          mode="add"
          steps={stepOptions(options.steps, locale)}
          agencies={options.agencies.map((agency) => ({ value: agency.id, label: `${localized(agency.shortName, locale)} — ${localized(agency.name, locale)}` }))}
          currencies={Intl.supportedValuesOf("currency")}
          funding={fundingChoices(options.funding, locale, options.agencies.length === 1 ? options.agencies[0]!.id : undefined)}
          initial={{
            countryCode: options.country.code,
            agencyId: options.agencies.length === 1 ? options.agencies[0]!.id : "",
            answersNeedId: options.need?.id ?? "",
            countryStepId: stepId,
            kind: options.need?.kind === "technical" ? "technical" : "financial",
            reference: "",
            title: "",
            description: "",
            technicalCategory: options.need?.technicalCategory ?? "",
            status: "planned",
            startDate: "",
            endDate: "",
            deliverables: "",
            amount: "",
            currency: "",
            fundingSource: "own",
            fundingAgencyId: "",
            fundingDonor: "",
            passThroughOfEntryId: "",
            firstTransactionType: "",
            firstTransactionOn: new Date().toISOString().slice(0, 10),
          }}
        />
      </ClientMessages>
    </>
  );
}

export default withRefusal(NewSupportEntryPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
