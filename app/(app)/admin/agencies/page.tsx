import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listAgencies } from "@/lib/agencies/list-agencies";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminAgencies"))("title") };
}

async function AgenciesPage() {
  const agencies = await loadPage(({ db, actor }) => listAgencies(db, actor));
  const locale = (await getLocale()) as Locale;
  const [t, tKinds, tTypes] = await Promise.all([getTranslations("adminAgencies"), getTranslations("agencyKinds"), getTranslations("iatiOrgTypes")]);
  const add = (
    <Link href="/admin/agencies/new" className={buttonClassName()}>{t("add")}</Link>
  );
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} actions={add} />
      {agencies.length === 0 ? (
        <EmptyState action={add}>{t("empty")}</EmptyState>
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("acronym")}</Th>
              <Th>{t("names")}</Th>
              <Th>{t("kind")}</Th>
              <Th>{t("iatiRef")}</Th>
              <Th>{t("iatiOrgType")}</Th>
              <Th>
                <span className="sr-only">{t("edit")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {agencies.map((agency) => {
              const name = localized(agency.name, locale);
              return (
                <tr key={agency.id}>
                  <Td className="font-medium">{localized(agency.shortName, locale)}</Td>
                  <Td label={t("names")}>{name}</Td>
                  <Td label={t("kind")}>{tKinds(agency.kind)}</Td>
                  <Td label={t("iatiRef")}>{agency.iatiRef ? <code>{agency.iatiRef}</code> : <span className="text-slate-500">{t("notSet")}</span>}</Td>
                  <Td label={t("iatiOrgType")}>{agency.iatiOrgType ? tTypes(agency.iatiOrgType as "40") : <span className="text-slate-500">{t("notSet")}</span>}</Td>
                  <Td>
                    <Link href={`/admin/agencies/${agency.id}`} aria-label={t("editLabel", { name })}>
                      {t("edit")}
                    </Link>
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </>
  );
}

export default withRefusal(AgenciesPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
