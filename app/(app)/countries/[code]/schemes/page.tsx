import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { SchemeTable } from "@/components/assessment/scheme-table";
import { Button, buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Select } from "@/components/ui/field";
import { Link } from "@/components/ui/link";
import { Options } from "@/components/ui/options";
import { PageHeader } from "@/components/ui/page-header";
import { listSchemes } from "@/lib/assessment/list-schemes";
import { countryFor } from "@/lib/countries/query-countries";
import { schemeListQuery } from "@/lib/validation/schemes";
import { guarantees, schemeStatuses } from "@/lib/forms/choices";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { can, mayInCountry } from "@/lib/permissions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((code: string, guarantee?: string, status?: string) =>
  loadPage(async ({ db, actor }) => {
    const country = await countryFor(db, actor, code);
    const filters = schemeListQuery.parse({ guarantee, status });
    const schemes = await listSchemes(db, actor, country.code, filters);
    // Those who may restore a withdrawn scheme find it below the inventory.
    const withdrawn = mayInCountry(actor, "scheme.write", country.code) ? await listSchemes(db, actor, country.code, { withdrawn: true }) : [];
    return { actor, page: { country, schemes, withdrawn, filters } };
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await load((await params).code);
  const t = await getTranslations("schemes");
  return { title: t("countryTitle", { country: localized(page.country.name, (await getLocale()) as Locale) }) };
}

async function CountrySchemesPage({ params, searchParams }: Props) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const { actor, page } = await load(code, query.guarantee, query.status);
  const [t, locale] = await Promise.all([getTranslations("schemes"), getLocale()]);
  const { country, schemes, withdrawn, filters } = page;
  const countryName = localized(country.name, locale as Locale);
  const mayWrite = mayInCountry(actor, "scheme.write", country.code);
  const filtered = Boolean(filters.guarantee || filters.status);
  const exportQuery = new URLSearchParams({ country: country.code }).toString();

  return (
    <>
      <PageHeader
        title={t("countryTitle", { country: countryName })}
        intro={t("intro")}
        actions={
          mayWrite ? (
            <>
              <Link href={`/countries/${country.code}/schemes/new`} className={buttonClassName()}>
                {t("add")}
              </Link>
              <Link href={`/countries/${country.code}/schemes/import`} className={buttonClassName("secondary")}>
                {t("importLink")}
              </Link>
            </>
          ) : null
        }
      >
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${country.code}`}>{countryName}</Link>
        </nav>
      </PageHeader>
      <DoneNotice done={query.done} known={["withdrawn", "imported"] as const} message={(key) => t(`done.${key}`)} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("filters")}>
        <Field id="schemes-guarantee" label={t("columns.guarantees")}>
          <Select name="guarantee" defaultValue={filters.guarantee ?? ""}>
            <Options blank={t("allGuarantees")} choices={guarantees.map((value) => ({ value, label: t(`guarantee.${value}`) }))} />
          </Select>
        </Field>
        <Field id="schemes-status" label={t("columns.status")}>
          <Select name="status" defaultValue={filters.status ?? ""}>
            <Options blank={t("allStatuses")} choices={schemeStatuses.map((value) => ({ value, label: t(`status.${value}`) }))} />
          </Select>
        </Field>
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
      </form>
      {schemes.length === 0 ? (
        <EmptyState action={mayWrite && !filtered ? <Link href={`/countries/${country.code}/schemes/new`}>{t("add")}</Link> : undefined}>
          {filtered ? t("noMatch") : mayWrite ? t("emptyWriter") : t("emptyReader")}
        </EmptyState>
      ) : (
        <SchemeTable caption={t("count", { count: schemes.length })} schemes={schemes} countryCode={country.code} />
      )}
      {can(actor, "report.export", { countryCode: country.code }) ? (
        <p className="mt-4 text-sm">
          {t("downloads")}: <a href={`/exports/schemes.csv?${exportQuery}`}>{t("csv")}</a> · <a href={`/exports/schemes.xlsx?${exportQuery}`}>{t("xlsx")}</a>
        </p>
      ) : null}
      {withdrawn.length > 0 ? (
        <section aria-labelledby="withdrawn-schemes" className="mt-8">
          <h2 id="withdrawn-schemes" className="mb-3 text-lg font-semibold">
            {t("showWithdrawn")}
          </h2>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {withdrawn.map((scheme) => (
              <li key={scheme.id}>
                <Link href={`/countries/${country.code}/schemes/${scheme.id}`}>{scheme.nationalName}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export default withRefusal(CountrySchemesPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
