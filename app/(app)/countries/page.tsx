import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { CountriesMap } from "@/components/countries/countries-map";
import { SpfiStatusBadge } from "@/components/countries/status-badges";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Button, buttonClassName } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { SortableTh, Table, Td, Th, type SortDirection } from "@/components/ui/table";
import { behindPlanCountrySteps } from "@/lib/plans/behind-plan";
import { utcToday } from "@/lib/plans/plan-arithmetic";
import { countriesOf } from "@/lib/actor";
import { listCountries } from "@/lib/countries/query-countries";
import { countryListQuery, type countrySortColumns } from "@/lib/validation/countries";
import type { Locale } from "@/lib/i18n/locales";
import { can } from "@/lib/permissions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("countries"))("title") };
}

async function CountriesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const locale = (await getLocale()) as Locale;
  const params = await searchParams;
  const { sort, dir, map } = countryListQuery.parse(params);
  // "Behind plan" keeps the countries with a step still open after its planned end (decision 2030).
  const behindOnly = params.behindPlan === "true";
  const { actor, rows: listed, behind } = await loadPage(async ({ db, actor }) => {
    const [rows, behind] = await Promise.all([listCountries(db, actor, { locale, sort, dir }), behindPlanCountrySteps(db, utcToday())]);
    return { actor, rows, behind };
  });
  const behindSteps = new Map<string, number>();
  for (const step of behind) behindSteps.set(step.countryCode, (behindSteps.get(step.countryCode) ?? 0) + 1);
  const rows = behindOnly ? listed.filter((row) => behindSteps.has(row.code)) : listed;
  const [t, tRegions, tTable, tPlans] = await Promise.all([getTranslations("countries"), getTranslations("regions"), getTranslations("table"), getTranslations("plans.behind")]);
  const own = new Set(countriesOf(actor));
  // Each link keeps the other choice: sorting keeps the map's colouring, and the colouring keeps the sort.
  const href = (link: { sort: string; dir: SortDirection; map?: string }) =>
    `/countries?${new URLSearchParams({ map, ...link, ...(behindOnly ? { behindPlan: "true" } : {}) })}`;
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
      <form method="get" action="/countries" className="mb-4 flex flex-wrap items-end gap-3 print:hidden" aria-label={tPlans("filter")}>
        <input type="hidden" name="sort" value={sort} />
        <input type="hidden" name="dir" value={dir} />
        {map ? <input type="hidden" name="map" value={map} /> : null}
        <Field id="countries-behindPlan" label={tPlans("filter")} hint={tPlans("filterHint")}>
          <Select name="behindPlan" defaultValue={behindOnly ? "true" : ""} className="sm:w-64">
            <Options blank={tPlans("filterAny")} choices={[{ value: "true", label: tPlans("filterOnly") }]} />
          </Select>
        </Field>
        <Button type="submit" variant="secondary">
          {tPlans("apply")}
        </Button>
      </form>
      {rows.length === 0 ? (
        <EmptyState>{behindOnly ? tPlans("noneBehind") : t("empty")}</EmptyState>
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
                <Th>{tPlans("column")}</Th>
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
                  <Td label={tPlans("column")} data-testid="behind-plan">
                    {behindSteps.has(row.code) ? (
                      <Link href={`/countries/${row.code}/plan`}>{tPlans("steps", { count: behindSteps.get(row.code)! })}</Link>
                    ) : (
                      "—"
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </>
  );
}

export default withRefusal(CountriesPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
