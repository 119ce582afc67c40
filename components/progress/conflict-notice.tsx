"use client";
/** Shows the newer version that made a save come too late, beside the form that still holds what the user typed. */
import { useFormatter, useTranslations } from "next-intl";
import type { StepConflictView } from "@/lib/progress/change-step-status";
import type { NationalStepConflictView } from "@/lib/progress/edit-national-step";
import type { MilestoneConflictView } from "@/lib/progress/milestone-conflict";

type ConflictView = StepConflictView | MilestoneConflictView | NationalStepConflictView;

function isConflictView(value: unknown): value is ConflictView {
  return typeof value === "object" && value !== null && "kind" in value && "version" in value;
}

export function ConflictNotice({ current }: { current: unknown }) {
  const t = useTranslations("conflict");
  const tStatus = useTranslations("stepStatus");
  const tSharing = useTranslations("sharing");
  const format = useFormatter();
  if (!isConflictView(current)) return null;
  const when = current.changedAt ? format.dateTime(new Date(current.changedAt), { dateStyle: "medium", timeStyle: "short" }) : null;

  const rows: [string, string][] =
    current.kind === "step"
      ? [
          [t("status"), tStatus(current.status)],
          ...(current.signOffNote ? [[t("signOffNote"), current.signOffNote] as [string, string]] : []),
          ...(current.statusReason ? [[t("reason"), current.statusReason] as [string, string]] : []),
        ]
      : current.kind === "milestone"
        ? [
            [t("title"), current.title],
            [t("occurredOn"), format.dateTime(new Date(`${current.occurredOn}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" })],
            [t("description"), current.description || "—"],
            ...(current.sharingLevel ? [[t("sharingLevel"), tSharing(current.sharingLevel)] as [string, string]] : []),
          ]
        : [
            [t("title"), current.title],
            [t("description"), current.description || "—"],
          ];

  return (
    <section aria-label={t("label")} className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="conflict-notice">
      <p className="font-semibold">{current.changedBy && when ? t("savedBy", { name: current.changedBy, when }) : t("newerVersion")}</p>
      {current.kind === "milestone" && current.deleted ? <p className="mt-1">{t("deleted")}</p> : null}
      <dl className="mt-2 space-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="sm:flex sm:gap-2">
            <dt className="font-medium">{label}:</dt>
            <dd className="whitespace-pre-line">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2">{t("yoursKept")}</p>
    </section>
  );
}
