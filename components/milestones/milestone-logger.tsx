"use client";
/**
 * The milestones part of a step page: the form to log one, the milestones being saved, then the list the
 * server rendered (passed as children). TanStack Query comes from the country's layout (its offline queue).
 */
import { useFormatter, useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { OnItsWay, Refusal } from "@/components/offline/queued-items";
import { LogMilestoneForm } from "./log-milestone-form";
import { usePendingMilestones } from "./use-log-milestone";

type Props = ComponentProps<typeof LogMilestoneForm> & { shownIds: string[]; children: ReactNode };

function PendingMilestones({ countryStepId, shownIds }: { countryStepId: string; shownIds: string[] }) {
  const t = useTranslations("milestone");
  const format = useFormatter();
  const pending = usePendingMilestones(countryStepId, shownIds);
  if (pending.length === 0) return null;
  return (
    <ul aria-label={t("beingSaved")} className="mb-3 space-y-3">
      {pending.map(({ id, preview, waiting, onDevice, refusal, dismiss }) => (
        <li
          key={id}
          className={refusal ? "rounded-lg border border-red-300 bg-red-50 p-3" : "rounded-lg border border-dashed border-sky-300 bg-sky-50 p-3"}
          data-testid="pending-milestone"
        >
          <div className="flex flex-wrap items-center gap-2">
            <p className="font-medium">{preview!.title}</p>
            {refusal ? (
              <Badge tone="danger" symbol="!">
                {t("refused")}
              </Badge>
            ) : (
              <OnItsWay item={{ waiting, onDevice }} sending={t("saving")} waiting={t("waiting")} />
            )}
          </div>
          {/^\d{4}-\d{2}-\d{2}$/.test(preview!.occurredOn) ? (
            <p className="text-sm text-slate-600">{format.dateTime(new Date(`${preview!.occurredOn}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" })}</p>
          ) : null}
          {preview!.evidence.length > 0 ? <p className="text-sm text-slate-600">{preview!.evidence.join(" · ")}</p> : null}
          {refusal ? <Refusal refusal={refusal} dismiss={dismiss} dismissLabel={t("dismiss")} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function MilestoneLogger({ shownIds, children, ...form }: Props) {
  return (
    <>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <LogMilestoneForm {...form} />
        </div>
        <div>
          <PendingMilestones countryStepId={form.countryStepId} shownIds={shownIds} />
          {children}
        </div>
      </div>
    </>
  );
}
