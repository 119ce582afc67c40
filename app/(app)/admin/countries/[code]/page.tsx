import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { CountryForm } from "@/components/admin/country-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCountryForEdit } from "@/lib/countries/edit-country";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { editCountryAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

const load = cache(async (code: string) => {
  const country = await loadPage(({ db, actor }) => getCountryForEdit(db, actor, code));
  return { country, name: localized(country.name, (await getLocale()) as Locale) };
});

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { name } = await load((await params).code);
  return { title: (await getTranslations("adminCountries"))("editTitle", { name }) };
}

async function EditCountryPage({ params }: Props) {
  const { country, name } = await load((await params).code);
  const [t, tNav] = await Promise.all([getTranslations("adminCountries"), getTranslations("nav")]);
  return (
    <>
      <PageHeader title={t("editTitle", { name })}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${country.code}`}>{name}</Link>
        </nav>
      </PageHeader>
      <Card>
        <ClientMessages namespaces={["adminCountries", "countries", "regions", "spfiStatus", "languages"]}>
          <CountryForm action={editCountryAction} country={country} />
        </ClientMessages>
      </Card>
    </>
  );
}

export default withRefusal(EditCountryPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
