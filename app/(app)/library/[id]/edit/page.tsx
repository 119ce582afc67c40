import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ResourceForm } from "@/components/library/resource-form";
import { resourceFormValues } from "@/components/library/resource-form-values";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { getResource } from "@/lib/library/get-resource";
import { libraryChoices } from "../../choices";
import { editResourceAction } from "../../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("library"))("editTitle") };
}

async function EditResourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const locale = (await getLocale()) as Locale;
  const { resource, choices } = await loadPage(async ({ db, actor }) => {
    const resource = await getResource(db, actor, id);
    if (!resource.mayEdit) forbidden();
    return { resource, choices: await libraryChoices(db, locale) };
  });
  const t = await getTranslations("library");
  return (
    <>
      <PageHeader title={t("editTitle")} intro={resource.title}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/library/${resource.id}`}>{resource.title}</Link>
        </nav>
      </PageHeader>
      <ClientMessages namespaces={["library", "support"]}>
        <ResourceForm
          action={editResourceAction}
          mode="edit"
          {...choices}
          fileName={resource.fileName}
          initial={resourceFormValues(resource)}
        />
      </ClientMessages>
    </>
  );
}

export default withRefusal(EditResourcePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
