import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { loadPage, requirePermission } from "@/app/_edge/load-page";
import { AgencyForm } from "@/components/admin/agency-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { addAgencyAction } from "../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminAgencies"))("addTitle") };
}

async function AddAgencyPage() {
  await loadPage(async ({ actor }) => requirePermission(actor, "agency.manage"));
  const [t, tNav] = await Promise.all([getTranslations("adminAgencies"), getTranslations("nav")]);
  return (
    <>
      <PageHeader title={t("addTitle")}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 text-sm">
          <Link href="/admin/agencies">{t("backToAgencies")}</Link>
        </nav>
      </PageHeader>
      <Card>
        <ClientMessages namespaces={["adminAgencies", "agencyKinds", "iatiOrgTypes", "languages"]}>
          <AgencyForm action={addAgencyAction} />
        </ClientMessages>
      </Card>
    </>
  );
}

export default withRefusal(AddAgencyPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
