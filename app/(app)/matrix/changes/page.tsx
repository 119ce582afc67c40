import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { loadPage, orRefusal } from "@/app/_edge/load-page";
import { ChangeList } from "@/components/activity/change-list";
import { FilterSelect } from "@/components/matrix/filter-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { regions, spfiStatuses } from "@/db/schema/values";
import { isOneOf } from "@/lib/i18n/message-key";
import { listMatrixChanges } from "@/lib/matrix/list-matrix-changes";
import { latestToday } from "@/lib/validation/progress";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matrix"))("changesTitle") };
}

/** The filters a refusal may name, each labelled in the form. */
const filterNames = ["from", "to", "region", "spfiStatus"] as const;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function MatrixChangesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  // The last thirty days unless the URL says otherwise.
  const typed = { from: params.from ?? daysAgo(30), to: params.to ?? latestToday().slice(0, 10), region: params.region, spfiStatus: params.spfiStatus };
  const [t, tRegions, tSpfi] = await Promise.all([getTranslations("matrix"), getTranslations("regions"), getTranslations("spfiStatus")]);
  const { result, refused } = await loadPage(({ db, actor }) => orRefusal(listMatrixChanges(db, actor, typed)));

  return (
    <>
      <PageHeader title={t("changesTitle")} intro={t("changesIntro")}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href="/matrix">{t("title")}</Link>
        </nav>
      </PageHeader>
      <form method="get" action="/matrix/changes" className="mb-6 rounded-lg border border-slate-200 bg-white p-4" aria-label={t("filters")}>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field id="filter-from" label={t("from")} error={refused?.fieldErrors.from ? t("badDate") : undefined}>
            <Input id="filter-from" name="from" type="date" max={latestToday()} defaultValue={typed.from} />
          </Field>
          <Field id="filter-to" label={t("to")} error={refused?.fieldErrors.to ? t(refused.fieldErrors.to === "matrix.toBeforeFrom" ? "toBeforeFrom" : "badDate") : undefined}>
            <Input id="filter-to" name="to" type="date" max={latestToday()} defaultValue={typed.to} />
          </Field>
          <FilterSelect name="region" label={t("region")} value={typed.region} choices={regions.map((value) => ({ value, label: tRegions(value) }))} />
          <FilterSelect name="spfiStatus" label={t("spfiStatus")} value={typed.spfiStatus} choices={spfiStatuses.map((value) => ({ value, label: tSpfi(value) }))} />
        </div>
        <div className="mt-4">
          <Button type="submit">{t("apply")}</Button>
        </div>
      </form>
      {refused ? <Alert tone="error">{t("badFilters", { fields: Object.keys(refused.fieldErrors).filter((name) => isOneOf(filterNames, name)).map((name) => t(name)).join(", ") })}</Alert> : null}
      {result ? (
        <>
          {result.truncated ? <p className="mb-2 text-sm text-slate-600">{t("truncated", { count: result.entries.length })}</p> : null}
          <ChangeList entries={result.entries} label={t("changesLabel")} emptyText={t("noChanges")} />
        </>
      ) : null}
    </>
  );
}

export default withRefusal(MatrixChangesPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
