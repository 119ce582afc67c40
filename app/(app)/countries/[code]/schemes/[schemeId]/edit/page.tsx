import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { SchemeForm } from "@/components/assessment/scheme-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getScheme } from "@/lib/assessment/list-schemes";
import { schemeFormValues } from "@/lib/assessment/scheme-records";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { editSchemeAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; schemeId: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schemes"))("editTitle") };
}

async function EditSchemePage({ params }: Props) {
  const { code, schemeId } = await params;
  // Someone who may not write the inventory gets the page that says so; a withdrawn scheme is restored first.
  const { country, values } = await loadPage(async ({ db, actor }) => {
    const scheme = await getScheme(db, actor, schemeId);
    if (scheme.countryCode !== code.toUpperCase() || scheme.deletedAt !== null) notFound();
    return { country: await countryFor(db, actor, scheme.countryCode, "scheme.write"), values: schemeFormValues(scheme) };
  });
  const [t, locale] = await Promise.all([getTranslations("schemes"), getLocale()]);
  const countryName = localized(country.name, locale as Locale);
  const { withdrawn: _withdrawn, ...initial } = values;
  const schemePage = `/countries/${values.countryCode}/schemes/${values.id}`;

  return (
    <>
      <PageHeader title={t("editTitle")} intro={values.nationalName}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${values.countryCode}`}>{countryName}</Link> › <Link href={`/countries/${values.countryCode}/schemes`}>{t("title")}</Link> ›{" "}
          <Link href={schemePage}>{values.nationalName}</Link>
        </nav>
      </PageHeader>
      <ClientMessages namespaces={["schemes", "schemeRules", "support"]}>
        <SchemeForm action={editSchemeAction} mode="edit" currencies={Intl.supportedValuesOf("currency")} initial={initial} />
      </ClientMessages>
    </>
  );
}

export default withRefusal(EditSchemePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
