/** The filters of the gaps across countries: a GET form, so it works without JavaScript and the URL can be shared. */
import { getTranslations } from "next-intl/server";
import { FilterSelect } from "@/components/matrix/filter-fields";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { guarantees, regions, spfiStatuses } from "@/lib/forms/choices";
import type { AssessmentGapsQuery } from "@/lib/validation/assessment-gaps";

export async function GapsFilters({ query, agencies, summary }: { query: AssessmentGapsQuery; agencies: { acronym: string; name: string }[]; summary: string }) {
  const [t, tGuarantee, tRegions, tSpfi] = await Promise.all([
    getTranslations("assessmentGaps"),
    getTranslations("schemes.guarantee"),
    getTranslations("regions"),
    getTranslations("spfiStatus"),
  ]);
  const filtered = Object.values(query).some((value) => value !== undefined);
  return (
    <form method="get" action="/assessment/gaps" className="mb-6 rounded-lg border border-slate-200 bg-white p-4" aria-label={t("filters")}>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect name="guarantee" label={t("guarantee")} value={query.guarantee} choices={guarantees.map((value) => ({ value, label: tGuarantee(value) }))} />
        <FilterSelect name="region" label={t("region")} value={query.region} choices={regions.map((value) => ({ value, label: tRegions(value) }))} />
        <FilterSelect name="spfiStatus" label={t("spfiStatus")} value={query.spfiStatus} choices={spfiStatuses.map((value) => ({ value, label: tSpfi(value) }))} />
        <FilterSelect name="agency" label={t("agency")} value={query.agency} choices={agencies.map((agency) => ({ value: agency.acronym, label: agency.name }))} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit">{t("apply")}</Button>
        {filtered ? <Link href="/assessment/gaps">{t("clear")}</Link> : null}
        <p className="text-sm text-slate-600" role="status">
          {summary}
        </p>
      </div>
    </form>
  );
}
