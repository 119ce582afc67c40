/**
 * The support attached to one country step, read-only: the working group's needs (with what answers them)
 * and the entries that target the step or answer one of its needs. For the step's page.
 */
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orPageError } from "@/app/_edge/page-errors";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { listStepSupport } from "@/lib/support/list-step-support";
import { requireActor } from "@/lib/session";
import { EntryList } from "./entry-list";
import { NeedList } from "./need-list";

export async function StepSupport({ countryStepId }: { countryStepId: string }) {
  const actor = await requireActor();
  const [{ countryCode, needs, entries }, t] = await Promise.all([
    orPageError(listStepSupport(await getDb(), actor, countryStepId)),
    getTranslations("support"),
  ]);
  return (
    <section aria-labelledby={`step-support-${countryStepId}`} className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`step-support-${countryStepId}`} className="text-lg font-semibold">
          {t("stepSupportTitle")}
        </h2>
        <Link href={`/countries/${countryCode}/support`} className="text-sm">
          {t("allSupportOfCountry")}
        </Link>
      </div>
      <div>
        <h3 className="mb-2 font-medium">{t("needsTitle")}</h3>
        {needs.length === 0 ? <EmptyState>{t("stepNoNeeds")}</EmptyState> : <NeedList needs={needs} countryCode={countryCode} canEdit={false} />}
      </div>
      <div>
        <h3 className="mb-2 font-medium">{t("entriesTitle")}</h3>
        {entries.length === 0 ? <EmptyState>{t("stepNoEntries")}</EmptyState> : <EntryList entries={entries} caption={t("entriesTitle")} />}
      </div>
    </section>
  );
}
