"use client";
/** Everything this device holds for the workspace, on every country page: what waits to be sent, and what was refused. */
import { useMutationState } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { keepInQueue } from "./queue-persister";

export function QueueSummary() {
  const t = useTranslations("offline");
  const held = useMutationState({
    filters: { predicate: keepInQueue },
    select: (mutation) => ({ kind: String(mutation.options.mutationKey?.[0]), refused: mutation.state.status === "error" }),
  });
  if (held.length === 0) return null;
  const waiting = held.filter((item) => !item.refused);
  const refused = held.length - waiting.length;
  return (
    <div className="mb-4" data-testid="queue-summary">
      <Alert>
        {waiting.length > 0
          ? t("queueWaiting", {
              milestones: waiting.filter((item) => item.kind === "logMilestone").length,
              needs: waiting.filter((item) => item.kind === "addNeed").length,
            })
          : null}{" "}
        {refused > 0 ? t("queueRefused", { count: refused }) : null}
      </Alert>
    </div>
  );
}
