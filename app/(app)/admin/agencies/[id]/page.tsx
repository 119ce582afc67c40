import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { AgencyForm } from "@/components/admin/agency-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { IatiReadiness } from "@/components/support/iati-readiness";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getAgency } from "@/lib/agencies/get-agency";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { editAgencyAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => {
  const agency = await loadPage(({ db, actor }) => getAgency(db, actor, id));
  return { agency, name: localized(agency.shortName, (await getLocale()) as Locale) };
});

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { name } = await load((await params).id);
  return { title: (await getTranslations("adminAgencies"))("editTitle", { name }) };
}

async function EditAgencyPage({ params }: Props) {
  const { agency, name } = await load((await params).id);
  const [t, tNav] = await Promise.all([getTranslations("adminAgencies"), getTranslations("nav")]);
  return (
    <>
      <PageHeader title={t("editTitle", { name })}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 text-sm">
          <Link href="/admin/agencies">{t("backToAgencies")}</Link>
        </nav>
      </PageHeader>
      {agency.iatiRef && agency.iatiOrgType ? null : (
        <div className="mb-4">
          <IatiReadiness agency={name} />
        </div>
      )}
      <Card>
        <ClientMessages namespaces={["adminAgencies", "agencyKinds", "iatiOrgTypes", "languages"]}>
          <AgencyForm action={editAgencyAction} agency={agency} />
        </ClientMessages>
      </Card>
    </>
  );
}

export default withRefusal(EditAgencyPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
