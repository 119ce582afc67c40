import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage, orRefusal } from "@/app/_edge/load-page";
import { FilterSelect } from "@/components/matrix/filter-fields";
import { MatrixTable } from "@/components/matrix/matrix-table";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { regions, spfiStatuses, stepStatuses } from "@/db/schema/values";
import type { Locale } from "@/lib/i18n/locales";
import { isOneOf } from "@/lib/i18n/message-key";
import { getProgressMatrix } from "@/lib/matrix/get-progress-matrix";
import { listSupportFilterOptions } from "@/lib/support/list-support";
import { latestToday } from "@/lib/validation/progress";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matrix"))("title") };
}

const filterNames = ["region", "spfiStatus", "status", "step", "agency", "stale", "asOf", "behindPlan"] as const;

async function MatrixPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const typed = Object.fromEntries(filterNames.map((name) => [name, params[name]]));
  const locale = (await getLocale()) as Locale;
  const [t, tPlans, tRegions, tSpfi, tStatus, loaded] = await Promise.all([
    getTranslations("matrix"),
    getTranslations("plans.behind"),
    getTranslations("regions"),
    getTranslations("spfiStatus"),
    getTranslations("stepStatus"),
    // A filter typed into the URL that makes no sense is said as such, rather than a 404.
    loadPage(({ db, actor }) => Promise.all([listSupportFilterOptions(db, actor, locale), orRefusal(getProgressMatrix(db, actor, typed))])),
  ]);
  const [options, { result: matrix, refused }] = loaded;
  const filtered = filterNames.some((name) => params[name]);

  return (
    <>
      <PageHeader
        title={matrix?.query.asOf ? t("titleAsOf", { date: matrix.query.asOf }) : t("title")}
        intro={t("intro")}
        actions={
          <>
            <Link href="/charts" className={buttonClassName("secondary")}>{t("chartsLink")}</Link>
            <Link href="/matrix/changes" className={buttonClassName("secondary")}>{t("changesLink")}</Link>
          </>
        }
      />
      <form method="get" action="/matrix" className="mb-6 rounded-lg border border-slate-200 bg-white p-4" aria-label={t("filters")}>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <FilterSelect name="region" label={t("region")} value={typed.region} choices={regions.map((value) => ({ value, label: tRegions(value) }))} />
          <FilterSelect name="spfiStatus" label={t("spfiStatus")} value={typed.spfiStatus} choices={spfiStatuses.map((value) => ({ value, label: tSpfi(value) }))} />
          <FilterSelect name="status" label={t("stepStatus")} value={typed.status} choices={stepStatuses.map((value) => ({ value, label: tStatus(value) }))} />
          <FilterSelect
            name="step"
            label={t("step")}
            value={typed.step}
            choices={options.steps.map((step, index) => ({ value: step.key, label: `${index + 1}. ${step.title}` }))}
          />
          <FilterSelect name="agency" label={t("agency")} value={typed.agency} choices={options.agencies.map((agency) => ({ value: agency.acronym, label: agency.name }))} />
          <Field id="filter-stale" label={t("stale")} hint={t("staleHint")}>
            <Input id="filter-stale" name="stale" type="number" min={1} max={3650} inputMode="numeric" defaultValue={typed.stale ?? ""} aria-describedby="filter-stale-hint" />
          </Field>
          <Field id="filter-asOf" label={t("asOf")} hint={t("asOfHint")}>
            <Input id="filter-asOf" name="asOf" type="date" max={latestToday()} defaultValue={typed.asOf ?? ""} aria-describedby="filter-asOf-hint" />
          </Field>
          <FilterSelect
            name="behindPlan"
            label={tPlans("filter")}
            value={typed.behindPlan}
            blank={tPlans("filterAny")}
            choices={[{ value: "true", label: tPlans("filterOnly") }]}
          />
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <Button type="submit">{t("apply")}</Button>
          {filtered ? <Link href="/matrix">{t("clear")}</Link> : null}
          {matrix ? (
            <p className="text-sm text-slate-600" role="status">
              {t("count", { count: matrix.countries.length })}
            </p>
          ) : null}
        </div>
      </form>
      {refused ? <Alert tone="error">{t("badFilters", { fields: Object.keys(refused.fieldErrors).filter((name) => isOneOf(filterNames, name)).map((name) => (name === "behindPlan" ? tPlans("filter") : t(name))).join(", ") })}</Alert> : null}
      {matrix && matrix.countries.length === 0 ? (
        <EmptyState action={<Link href="/matrix">{t("clear")}</Link>}>{t("empty")}</EmptyState>
      ) : null}
      {matrix && matrix.countries.length > 0 ? (
        <>
          <p id="matrix-legend" className="mb-2 text-sm text-slate-600">
            {matrix.query.asOf ? t("legendAsOf") : t("legend")} {tPlans("legend")}
            {matrix.query.asOf && matrix.query.behindPlan ? ` ${tPlans("asOfNote")}` : ""}
          </p>
          <MatrixTable matrix={matrix} />
        </>
      ) : null}
    </>
  );
}

export default withRefusal(MatrixPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
