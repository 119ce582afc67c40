"use client";
/** The conflict notice of a step's status, a milestone or a national step: who saved the newer version, and what it holds. */
import { useFormatter, useTranslations } from "next-intl";
import { type ConflictField, ConflictNotice } from "@/components/ui/conflict-notice";
import type { StepConflictView } from "@/lib/progress/change-step-status";
import type { NationalStepConflictView } from "@/lib/progress/edit-national-step";
import type { MilestoneConflictView } from "@/lib/progress/milestone-conflict";

type ConflictView = StepConflictView | MilestoneConflictView | NationalStepConflictView;

function isConflictView(value: unknown): value is ConflictView {
  return typeof value === "object" && value !== null && "kind" in value && "version" in value;
}

export function ProgressConflictNotice({ current }: { current: unknown }) {
  const t = useTranslations("conflict");
  const tStatus = useTranslations("stepStatus");
  const tSharing = useTranslations("sharing");
  const format = useFormatter();
  if (!isConflictView(current)) return null;
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
