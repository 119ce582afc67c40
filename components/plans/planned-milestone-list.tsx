/**
 * The planned milestones of a country for those who keep the plan: by step, each with its expected day, whether it
 * was logged, a link to change it and a form to withdraw it with a reason; then the withdrawn ones, each with its
 * restore button. No script of its own: the reason field is rendered on the server inside the one-button form.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { ReasonForm } from "@/components/results/reason-form";
import { ActionButton } from "@/components/ui/action-button";
import { Link } from "@/components/ui/link";
import type { ServerAction } from "@/lib/forms/action-state";
import type { Roadmap } from "./roadmap-data";

export type WithdrawnPlannedMilestone = { id: string; version: number; title: string; stepTitle: string; expectedOn: string; withdrawnAt: Date; reason: string };

export async function PlannedMilestoneList({
  roadmap,
  versions,
  withdrawn,
  countryCode,
  withdrawAction,
  restoreAction,
}: {
  roadmap: Roadmap;
  /** Each live planned milestone's version, by id, for the withdraw form. */
  versions: Map<string, number>;
  withdrawn: WithdrawnPlannedMilestone[];
  countryCode: string;
  withdrawAction: ServerAction;
  restoreAction: ServerAction;
}) {
  const [t, format] = await Promise.all([getTranslations("plans"), getFormatter()]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const steps = roadmap.steps
    .map((step) => ({ ...step, milestones: step.milestones.filter((milestone) => !milestone.withdrawn) }))
    .filter((step) => step.milestones.length > 0);

  return (
    <section aria-labelledby="planned-milestones" className="mt-10 print:hidden">
      <h2 id="planned-milestones" className="mb-3 text-lg font-semibold">
        {t("plannedMilestone.listTitle")}
      </h2>
      {steps.length === 0 ? <p className="text-sm text-slate-600">{t("plannedMilestone.none")}</p> : null}
      <div className="space-y-5">
        {steps.map((step) => (
          <div key={step.id}>
            <h3 className="font-medium">
              {step.number}. {step.title}
            </h3>
            <ul className="mt-2 space-y-3">
              {step.milestones.map((milestone) => (
                <li key={milestone.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-planned-milestone={milestone.id}>
                  <p>
                    <span className="tabular-nums text-slate-600">{day(milestone.expectedOn)}</span> <span className="font-medium">{milestone.title}</span>{" "}
                    <span className="text-xs text-slate-600">({t(`roadmap.milestone.${milestone.logged ? "logged" : milestone.late ? "late" : "expected"}`)})</span>
                  </p>
                  <div className="mt-2 flex flex-wrap items-start gap-4">
                    <Link href={`/countries/${countryCode}/plan/milestones/${milestone.id}`} aria-label={t("plannedMilestone.editLabel", { title: milestone.title })}>
                      {t("plannedMilestone.edit")}
                    </Link>
                    {milestone.logged ? null : (
                      <Link href={`/countries/${countryCode}/steps/${step.id}?plannedMilestone=${milestone.id}#log-milestone-heading`} aria-label={t("roadmap.logItLabel", { title: milestone.title })}>
                        {t("roadmap.logIt")}
                      </Link>
                    )}
                  </div>
                  <details className="mt-2">
                    <summary className="cursor-pointer text-slate-700">{t("plannedMilestone.withdrawLabel", { title: milestone.title })}</summary>
                    <div className="mt-2">
                      <ReasonForm
                        action={withdrawAction}
                        id={`withdraw-reason-${milestone.id}`}
                        fields={{ id: milestone.id, version: versions.get(milestone.id) ?? 1 }}
                        label={t("plannedMilestone.withdraw")}
                        accessibleLabel={t("plannedMilestone.withdrawLabel", { title: milestone.title })}
                        reasonLabel={t("plannedMilestone.withdrawReason")}
                      />
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {withdrawn.length > 0 ? (
        <details className="mt-6 text-sm">
          <summary className="cursor-pointer font-medium">{t("plannedMilestone.withdrawnTitle")}</summary>
          <ul className="mt-2 space-y-2">
            {withdrawn.map((milestone) => (
              <li key={milestone.id} className="flex flex-wrap items-center gap-3">
                <span>
                  <span className="font-medium">{milestone.title}</span> ({milestone.stepTitle}, {day(milestone.expectedOn)}) ·{" "}
                  {t("plannedMilestone.withdrawnLine", { date: format.dateTime(milestone.withdrawnAt, { dateStyle: "medium" }), reason: milestone.reason })}
                </span>
                <ActionButton
                  action={restoreAction}
                  fields={{ id: milestone.id, version: milestone.version }}
                  label={t("plannedMilestone.restore")}
                  accessibleLabel={t("plannedMilestone.restoreLabel", { title: milestone.title })}
                />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
