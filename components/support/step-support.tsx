/**
 * The support attached to one country step: the working group's needs (with what answers them) and the entries
 * that target the step or answer one of its needs, as the step's page loads them; for who may, the form that
 * records a need for the step.
 */
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { ServerAction } from "@/lib/forms/action-state";
import type { StepSupport as StepSupportData } from "@/lib/support/list-step-support";
import { EntryList } from "./entry-list";
import { NeedList } from "./need-list";
import { StepNeedForm } from "./step-need-form";

/** `recordNeed`: the server action behind the need form, given only to someone who may record a need here. */
export async function StepSupport({ countryStepId, support, recordNeed }: { countryStepId: string; support: StepSupportData; recordNeed?: ServerAction }) {
  const { countryCode, needs, entries } = support;
  const t = await getTranslations("support");
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
        {recordNeed ? <StepNeedForm action={recordNeed} countryCode={countryCode} countryStepId={countryStepId} /> : null}
      </div>
      <div>
        <h3 className="mb-2 font-medium">{t("entriesTitle")}</h3>
        {entries.length === 0 ? <EmptyState>{t("stepNoEntries")}</EmptyState> : <EntryList entries={entries} caption={t("entriesTitle")} />}
      </div>
    </section>
  );
}
