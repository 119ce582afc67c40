"use client";
/** What a conflict notice of a step's status, a milestone or a national step shows: who saved the newer version, and what it holds. */
import { useFormatter, useTranslations } from "next-intl";
import { type ConflictField, ConflictNotice } from "@/components/ui/conflict-notice";
import type { StepConflictView } from "@/lib/progress/change-step-status";
import type { NationalStepConflictView } from "@/lib/progress/edit-national-step";
import type { MilestoneConflictView } from "@/lib/progress/milestone-conflict";

export type ConflictView = StepConflictView | MilestoneConflictView | NationalStepConflictView;

export function ProgressConflictDetails({ current }: { current: ConflictView }) {
  const t = useTranslations("conflict");
  const tStatus = useTranslations("stepStatus");
  const tSharing = useTranslations("sharing");
  const format = useFormatter();
  const when = current.changedAt ? format.dateTime(new Date(current.changedAt), { dateStyle: "medium", timeStyle: "short" }) : null;

  const fields: ConflictField[] =
    current.kind === "step"
      ? [
          { label: t("status"), value: tStatus(current.status) },
          ...(current.signOffNote ? [{ label: t("signOffNote"), value: current.signOffNote }] : []),
          ...(current.statusReason ? [{ label: t("reason"), value: current.statusReason }] : []),
        ]
      : current.kind === "milestone"
        ? [
            { label: t("title"), value: current.title },
            { label: t("occurredOn"), value: format.dateTime(new Date(`${current.occurredOn}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) },
            { label: t("description"), value: current.description },
            ...(current.sharingLevel ? [{ label: t("sharingLevel"), value: tSharing(current.sharingLevel) }] : []),
          ]
        : [
            { label: t("title"), value: current.title },
            { label: t("description"), value: current.description },
          ];

  return (
    <ConflictNotice heading={current.changedBy && when ? t("savedBy", { name: current.changedBy, when }) : t("newerVersion")} note={t("yoursKept")} fields={fields}>
      {current.kind === "milestone" && current.deleted ? <p className="mt-1">{t("deleted")}</p> : null}
    </ConflictNotice>
  );
}
