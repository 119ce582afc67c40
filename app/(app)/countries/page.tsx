import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { CountriesMap } from "@/components/countries/countries-map";
import { SpfiStatusBadge } from "@/components/countries/status-badges";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SortableTh, Table, Td, type SortDirection } from "@/components/ui/table";
import { countriesOf } from "@/lib/actor";
import { listCountries } from "@/lib/countries/query-countries";
import { countryListQuery, type countrySortColumns } from "@/lib/validation/countries";
import type { Locale } from "@/lib/i18n/locales";
import { can } from "@/lib/permissions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("countries"))("title") };
}

export default async function CountriesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const locale = (await getLocale()) as Locale;
  const { sort, dir, map } = countryListQuery.parse(await searchParams);
  const { actor, rows } = await loadPage(async ({ db, actor }) => ({ actor, rows: await listCountries(db, actor, { locale, sort, dir }) }));
  const [t, tRegions, tTable] = await Promise.all([getTranslations("countries"), getTranslations("regions"), getTranslations("table")]);
  const own = new Set(countriesOf(actor));
  // Each link keeps the other choice: sorting keeps the map's colouring, and the colouring keeps the sort.
  const href = (params: { sort: string; dir: SortDirection; map?: string }) => `/countries?${new URLSearchParams({ map, ...params })}`;
  const column = (key: (typeof countrySortColumns)[number], label: string) => (
    <SortableTh
      column={key}
      label={label}
      sort={sort}
      dir={dir}
      href={href}
      sortLabel={tTable("sortBy", { column: label })}
    />
  );

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          can(actor, "country.manage") ? (
            <Link href="/admin/countries/new" className={buttonClassName()}>{t("add")}</Link>
          ) : null
        }
      />
      {rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <>
          <CountriesMap
            rows={rows}
            colouring={map}
            hrefOf={{ status: href({ sort, dir, map: "status" }), steps: href({ sort, dir, map: "steps" }) }}
          />
          <Table caption={t("title")}>
            <thead>
              <tr>
                {column("name", t("name"))}
                {column("region", t("region"))}
                {column("spfiStatus", t("spfiStatus"))}
                {column("stepsDone", t("stepsDone"))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.code} className="hover:bg-slate-50">
                  <Td>
                    <Link href={`/countries/${row.code}`} className="font-medium">
                      {row.name}
                    </Link>
                    {own.has(row.code) ? <span className="ml-2 text-xs text-slate-500">({t("yours")})</span> : null}
                  </Td>
                  <Td label={t("region")}>{tRegions(row.region)}</Td>
                  <Td label={t("spfiStatus")}>
                    <SpfiStatusBadge status={row.spfiStatus} />
                  </Td>
                  <Td label={t("stepsDone")}>{t("stepsDoneValue", { done: row.stepsDone, total: row.stepsApplicable })}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </>
  );
}
