import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { KindBadge, SupportStatusBadge } from "@/components/support/badges";
import { Money } from "@/components/support/money";
import { Button, buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { SortableTh, type SortDirection, Table, Td, Th } from "@/components/ui/table";
import { Options } from "@/components/ui/options";
import { supportKinds, supportStatuses, technicalCategories } from "@/db/schema/values";
import type { Locale } from "@/lib/i18n/locales";
import { localized, titleText } from "@/lib/i18n/localized";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DownloadLink } from "@/components/reports/download-link";
import { IatiReadiness } from "@/components/support/iati-readiness";
import { can, maySomewhere } from "@/lib/permissions";
import { mayAddSupport } from "@/lib/support/capabilities";
import { listSupport, listSupportFilterOptions } from "@/lib/support/list-support";
import { FundingOverviewTables } from "@/components/funding/funding-overview";
import { getFundingOverview } from "@/lib/funding/totals/get-funding-overview";
import type { SupportListQuery, supportSortColumns } from "@/lib/validation/support";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("support"))("listTitle") };
}

const filterNames = ["country", "agency", "step", "kind", "category", "status", "from", "to"] as const;

/** The list's address for a query: filters and sorting stay in the URL, so a view can be shared and works without JavaScript. */
function hrefOf(query: SupportListQuery, changes: Partial<Record<keyof SupportListQuery, string | number | undefined>>) {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(merged)) {
    if (value === undefined || value === "") continue;
    if ((name === "sort" && value === "date") || (name === "dir" && value === "desc") || (name === "page" && value === 1)) continue;
    params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `/support?${search}` : "/support";
}

async function SupportListPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const locale = (await getLocale()) as Locale;
  const params = await searchParams;
  const { actor, list, options, overview } = await loadPage(async ({ db, actor }) => {
    const [list, options, overview] = await Promise.all([
      listSupport(db, actor, params, locale),
      listSupportFilterOptions(db, actor, locale),
      getFundingOverview(db, actor, params),
    ]);
    return { actor, list, options, overview };
  });
  const [t, tForm, tTable, format] = await Promise.all([
    getTranslations("support"),
    getTranslations("support.form"),
    getTranslations("table"),
    getFormatter(),
  ]);
  const { query } = list;
  const [tReports, tFunding, tIati] = await Promise.all([getTranslations("reports"), getTranslations("funding"), getTranslations("iatiImport")]);
  const exportAgency = options.agencies.find((agency) => agency.acronym === query.agency)?.id;
  // The same filters as the list; an adviser exports their own agency's support, a working group its own country's.
  const mayExport = can(actor, "report.export", { countryCode: query.country ?? null, agencyId: exportAgency ?? null });
  const exportHref = (format: string) => {
    const params = new URLSearchParams(filterNames.flatMap((name) => (query[name] ? [[name, String(query[name])]] : [])));
    return `/exports/support.${format}${params.size ? `?${params}` : ""}`;
  };
  const filtered = filterNames.some((name) => query[name] !== undefined);
  // The agency the list shows, and an adviser's own: said when their activities cannot go to IATI yet.
  const ownAgencies = new Set(actor.memberships.flatMap((membership) => (membership.agencyId ? [membership.agencyId] : [])));
  const notReady = options.agencies.filter((agency) => !agency.iatiReady && (agency.acronym === query.agency || ownAgencies.has(agency.id)));
  const column = (key: (typeof supportSortColumns)[number], label: string) => (
    <SortableTh
      column={key}
      label={label}
      sort={query.sort}
      dir={query.dir}
      href={(params: { sort: string; dir: SortDirection }) => hrefOf(query, { ...params, page: 1 })}
      sortLabel={tTable("sortBy", { column: label })}
    />
  );
  const select = (name: (typeof filterNames)[number], label: string, choices: { value: string; label: string }[]) => (
    <Field id={`filter-${name}`} label={label}>
      <Select id={`filter-${name}`} name={name} defaultValue={query[name] ?? ""}>
        <Options choices={choices} blank={t("filters.all")} />
      </Select>
    </Field>
  );

  return (
    <>
      <PageHeader
        title={t("listTitle")}
        intro={t("listIntro")}
        actions={
          mayAddSupport(actor) ? (
            <>
              <Link href="/support/import" className={buttonClassName("secondary")}>{t("importLink")}</Link>
              {maySomewhere(actor, "support.importIati") ? (
                <Link href="/support/import/iati" className={buttonClassName("secondary")}>{tIati("supportLink")}</Link>
              ) : null}
              <Link href="/support/new" className={buttonClassName()}>{t("addSupport")}</Link>
            </>
          ) : null
        }
      />
      {notReady.map((agency) => (
        <div key={agency.id} className="mb-4">
          <IatiReadiness agency={agency.name} editHref={can(actor, "agency.manage", { agencyId: agency.id }) ? `/admin/agencies/${agency.id}` : undefined} />
        </div>
      ))}
      <form method="get" action="/support" className="mb-6 rounded-lg border border-slate-200 bg-white p-4" aria-label={t("filters.title")}>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {select("country", t("country"), options.countries.map((country) => ({ value: country.code, label: country.name })))}
          {select("agency", t("agency"), options.agencies.map((agency) => ({ value: agency.acronym, label: agency.name })))}
          {select("step", t("step"), options.steps.map((step, index) => ({ value: step.key, label: `${index + 1}. ${step.title}` })))}
          {select("kind", t("kindLabel"), supportKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) })))}
          {select("category", t("categoryLabel"), technicalCategories.map((category) => ({ value: category, label: t(`category.${category}`) })))}
          {select("status", t("statusLabel"), supportStatuses.map((status) => ({ value: status, label: t(`status.${status}`) })))}
          <Field id="filter-from" label={t("filters.from")}>
            <Input id="filter-from" type="date" name="from" defaultValue={query.from ?? ""} />
          </Field>
          <Field id="filter-to" label={t("filters.to")}>
            <Input id="filter-to" type="date" name="to" defaultValue={query.to ?? ""} />
          </Field>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <Button type="submit">{t("filters.apply")}</Button>
          {filtered ? <Link href={hrefOf(query, Object.fromEntries(filterNames.map((name) => [name, undefined])))}>{t("filters.clear")}</Link> : null}
          <p className="text-sm text-slate-600" role="status">
            {t("filters.count", { count: list.total })}
          </p>
        </div>
      </form>

      {list.rows.length === 0 ? (
        <EmptyState action={filtered ? <Link href="/support">{t("filters.clear")}</Link> : undefined}>
          {filtered ? t("filters.none") : mayAddSupport(actor) ? t("emptyWriter") : t("empty")}
        </EmptyState>
      ) : (
        <Table caption={t("listTitle")}>
          <thead>
            <tr>
              <Th>{t("entry")}</Th>
              {column("country", t("country"))}
              {column("agency", t("agency"))}
              {column("step", t("step"))}
              {column("kind", t("kindLabel"))}
              {column("category", t("categoryLabel"))}
              {column("status", t("statusLabel"))}
              {column("date", t("date"))}
              <Th className="text-right">{t("flow.committed")}</Th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id}>
                <Td>
                  <Link href={`/support/${row.id}`} className="font-medium">
                    {row.title}
                  </Link>
                  <p className="text-xs text-slate-500">{row.reference}</p>
                  {row.passedOnFrom ? (
                    <p className="text-xs text-slate-600">{tFunding("passedOnFrom", { agency: row.passedOnFrom.agencyAcronym, entry: row.passedOnFrom.title })}</p>
                  ) : null}
                </Td>
                <Td label={t("country")}>
                  <Link href={`/countries/${row.countryCode}/support`}>{localized(row.countryName, locale)}</Link>
                </Td>
                <Td label={t("agency")}>{localized(row.agencyShortName, locale)}</Td>
                <Td label={t("step")}>{row.stepTitle === null ? "—" : titleText(row.stepTitle, locale)}</Td>
                <Td label={t("kindLabel")}>
                  <KindBadge kind={row.kind} />
                </Td>
                <Td label={t("categoryLabel")}>{row.technicalCategory ? t(`category.${row.technicalCategory}`) : "—"}</Td>
                <Td label={t("statusLabel")}>
                  <SupportStatusBadge status={row.status} />
                </Td>
                <Td label={t("date")} className="whitespace-nowrap">
                  {row.startDate ? format.dateTime(new Date(`${row.startDate}T00:00:00Z`), { dateStyle: "medium" }) : tForm("noDate")}
                </Td>
                <Td label={t("flow.committed")} className="text-right">{row.currency ? <Money amount={row.committed} currency={row.currency} /> : "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {mayExport ? (
        <ClientMessages namespaces={["downloads"]}>
          <p className="mt-4 flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
            <span>{tReports("exportFiltered")}</span>
            <DownloadLink href={exportHref("csv")} label="CSV" />
            <DownloadLink href={exportHref("xlsx")} label="XLSX" />
            <DownloadLink href={exportHref("xml")} label={tReports("iati")} />
          </p>
        </ClientMessages>
      ) : null}
      {list.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-4 text-sm">
          {query.page > 1 ? <Link href={hrefOf(query, { page: query.page - 1 })}>{t("previousPage")}</Link> : null}
          <span>{t("pageOf", { page: query.page, pages: list.pageCount })}</span>
          {query.page < list.pageCount ? <Link href={hrefOf(query, { page: query.page + 1 })}>{t("nextPage")}</Link> : null}
        </nav>
      ) : null}
      {list.rows.length > 0 ? <FundingOverviewTables overview={overview} /> : null}
    </>
  );
}

export default withRefusal(SupportListPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
