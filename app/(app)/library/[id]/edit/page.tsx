import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ResourceForm } from "@/components/library/resource-form";
import { resourceFormValues } from "@/components/library/resource-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import type { Locale } from "@/lib/i18n/locales";
import { getResource } from "@/lib/library/get-resource";
import { requireActor } from "@/lib/session";
import { orPageError } from "../../../../_edge/page-errors";
import { libraryChoices } from "../../choices";
import { editResourceAction } from "../../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("library"))("editTitle") };
}

export default async function EditResourcePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const db = await getDb();
  const resource = await orPageError(getResource(db, actor, (await params).id));
  if (!resource.mayEdit) forbidden();
  const [choices, t] = await Promise.all([libraryChoices(db, (await getLocale()) as Locale), getTranslations("library")]);
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
