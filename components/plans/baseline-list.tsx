/**
 * A country's baselines: each with who saved it and when, its note, a link that compares the plan with it, and for
 * those who keep the plan a form to withdraw it (with a reason) or, once withdrawn, to restore it.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { ReasonForm } from "@/components/results/reason-form";
import { ActionButton } from "@/components/ui/action-button";
import { Link } from "@/components/ui/link";
import type { ServerAction } from "@/lib/forms/action-state";
import type { BaselineSummary } from "@/lib/plans/list-baselines";

export async function BaselineList({
  baselines,
  countryCode,
  actions,
}: {
  baselines: BaselineSummary[];
  countryCode: string;
  /** For those who keep the plan. */
  actions?: { withdraw: ServerAction; restore: ServerAction };
}) {
  const [t, format] = await Promise.all([getTranslations("plans.baselines"), getFormatter()]);
  const live = baselines.filter((baseline) => !baseline.withdrawn);
  const withdrawn = baselines.filter((baseline) => baseline.withdrawn);
  const savedBy = (baseline: BaselineSummary) => t("savedBy", { name: baseline.createdByName ?? "—", date: format.dateTime(baseline.createdAt, { dateStyle: "medium" }) });

  return (
    <>
      {live.length === 0 ? <p className="text-sm text-slate-600">{t("none")}</p> : null}
      <ul className="space-y-3">
        {live.map((baseline) => (
          <li key={baseline.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-baseline={baseline.name}>
            <p className="font-medium">{baseline.name}</p>
            <p className="text-slate-600">{savedBy(baseline)}</p>
            {baseline.note ? <p className="mt-1 whitespace-pre-line">{baseline.note}</p> : null}
            <p className="mt-2">
              <Link href={`/countries/${countryCode}/plan?baseline=${baseline.id}#roadmap`} aria-label={t("showLabel", { name: baseline.name })}>
                {t("show")}
              </Link>
            </p>
            {actions ? (
              <details className="mt-2">
                <summary className="cursor-pointer text-slate-700">{t("withdrawLabel", { name: baseline.name })}</summary>
                <div className="mt-2">
                  <ReasonForm
                    action={actions.withdraw}
                    id={`withdraw-baseline-${baseline.id}`}
                    fields={{ id: baseline.id, version: baseline.version }}
                    label={t("withdraw")}
                    accessibleLabel={t("withdrawLabel", { name: baseline.name })}
                    reasonLabel={t("reason")}
                  />
                </div>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
      {actions && withdrawn.length > 0 ? (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium">{t("withdrawnTitle")}</summary>
          <ul className="mt-2 space-y-2">
            {withdrawn.map((baseline) => (
              <li key={baseline.id} className="flex flex-wrap items-center gap-3">
                <span>
                  <span className="font-medium">{baseline.name}</span> · {savedBy(baseline)}
                </span>
                <ActionButton
                  action={actions.restore}
                  fields={{ id: baseline.id, version: baseline.version }}
                  label={t("restore")}
                  accessibleLabel={t("restoreLabel", { name: baseline.name })}
                />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
