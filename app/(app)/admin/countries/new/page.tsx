import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { loadPage, requirePermission } from "@/app/_edge/load-page";
import { CountryForm } from "@/components/admin/country-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { addCountryAction } from "../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCountries"))("addTitle") };
}

async function AddCountryPage() {
  await loadPage(async ({ actor }) => requirePermission(actor, "country.manage"));
  const [t, tNav, tCountries] = await Promise.all([getTranslations("adminCountries"), getTranslations("nav"), getTranslations("countries")]);
  return (
    <>
      <PageHeader title={t("addTitle")} intro={t("addIntro")}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 text-sm">
          <Link href="/countries">{tCountries("title")}</Link>
        </nav>
      </PageHeader>
      <Card>
        <ClientMessages namespaces={["adminCountries", "countries", "regions", "spfiStatus", "languages"]}>
          <CountryForm action={addCountryAction} />
        </ClientMessages>
      </Card>
    </>
  );
}

export default withRefusal(AddCountryPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
