import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { libMessages } from "@/app/_edge/lib-messages";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { IatiImportList } from "@/components/iati-import/import-list";
import { IatiUploadForm } from "@/components/iati-import/upload-form";
import { Alert } from "@/components/ui/alert";
import { TitledCard } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { iatiImportLimits, megabytes } from "@/lib/iati/import/limits";
import { listIatiImportAgencies, listIatiImports } from "@/lib/iati/import/read-iati-imports";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("iatiImport"))("title") };
}

async function IatiImportPage({ searchParams }: { searchParams: Promise<{ refused?: string | string[] }> }) {
  const { agencies, imports } = await loadPage(async ({ db, actor }) => ({
    agencies: await listIatiImportAgencies(db, actor),
    imports: await listIatiImports(db, actor, { limit: 50 }),
  }));
  const { refused } = await searchParams;
  const [t, translate] = await Promise.all([getTranslations("iatiImport"), libMessages()]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href="/support">{t("backToSupport")}</Link>
        </nav>
      </PageHeader>
      {typeof refused === "string" ? (
        <div className="mb-4">
          <Alert tone="error" title={t("refused")}>
            {translate(refused)}
          </Alert>
        </div>
      ) : null}
      <TitledCard id="iati-upload-title" title={t("uploadTitle")} className="mb-8 max-w-2xl">
        <ClientMessages namespaces={["iatiImport"]}>
          <IatiUploadForm action="/support/import/iati/upload" maxBytes={iatiImportLimits.maxBytes}>
            {agencies.length === 1 ? (
              <input type="hidden" name="agencyId" value={agencies[0]!.id} />
            ) : (
              <Field id="iati-agency" label={t("agency")} hint={t("agencyHint")}>
                <Select name="agencyId" required defaultValue="">
                  <option value="">{t("chooseAgency")}</option>
                  {agencies.map((agency) => (
                    <option key={agency.id} value={agency.id}>
                      {agency.acronym} ({agency.iatiRef})
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <Field id="iati-file" label={t("file")} hint={t("fileHint", { maximum: megabytes(iatiImportLimits.maxBytes) })}>
              <input name="file" type="file" required accept=".xml,application/xml,text/xml" className="block w-full text-sm" />
            </Field>
            <Field id="iati-sectors" label={t("sectorCodes")} hint={t("sectorCodesHint")}>
              <Input name="sectorCodes" inputMode="numeric" autoComplete="off" />
            </Field>
          </IatiUploadForm>
        </ClientMessages>
      </TitledCard>
      <IatiImportList imports={imports.data} />
    </>
  );
}

export default withRefusal(IatiImportPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
