"use client";
/** The items of the offline queue for one kind of create, and how a refused one is shown on its item. */
import { type MutationKey, useMutationState, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/forms/action-state";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useOnDevice } from "./on-device";
import { type QueuedCreate, refusalOf } from "./queue";
import type { OnDevice } from "./queue-persister";

export type QueuedItem<Preview> = {
  id: string;
  status: "idle" | "pending" | "success" | "error";
  /** Waiting for the connection (a paused mutation). */
  waiting: boolean;
  /** Whether it would survive closing the tab. */
  onDevice: OnDevice;
  queued: boolean;
  savedId?: string;
  refusal?: ActionState;
  preview?: Preview;
  dismiss: () => void;
};

export function useQueuedItems<Preview>(mutationKey: MutationKey): QueuedItem<Preview>[] {
  const client = useQueryClient();
  const onDevice = useOnDevice();
  return useMutationState({
    filters: { mutationKey },
    select: (mutation): QueuedItem<Preview> => {
      const variables = mutation.state.variables as QueuedCreate<Preview> | undefined;
      return {
        id: variables?.idempotencyKey ?? String(mutation.state.submittedAt),
        status: mutation.state.status,
        waiting: mutation.state.isPaused,
        onDevice: onDevice(variables?.idempotencyKey ?? ""),
        queued: variables?.queued === true,
        savedId: (mutation.state.data as ActionState | undefined)?.id,
        refusal: mutation.state.status === "error" ? refusalOf(mutation.state.error) : undefined,
        preview: variables?.preview,
        dismiss: () => client.getMutationCache().remove(mutation),
      };
    },
  });
}

/** The server's message and field messages on a refused item, and a way to let it go. */
export function Refusal({ refusal, dismiss, dismissLabel }: { refusal: ActionState; dismiss: () => void; dismissLabel: string }) {
  return (
    <div className="mt-2 space-y-2 text-sm text-red-900">
      <p role="alert">{refusal.message}</p>
      {Object.values(refusal.fieldErrors ?? {}).map((message) => (
        <p key={message}>{message}</p>
      ))}
      <Button type="button" variant="secondary" onClick={dismiss}>
        {dismissLabel}
      </Button>
    </div>
  );
}

/**
 * An item on its way: being sent, or waiting for the connection, which it says only once the device holds it
 * (closing the tab before that would lose it).
 */
export function OnItsWay({ item, sending, waiting }: { item: Pick<QueuedItem<unknown>, "waiting" | "onDevice">; sending: string; waiting: string }) {
  const t = useTranslations("offline");
  if (item.waiting && item.onDevice === "notKept") {
    return (
      <Badge tone="warning" symbol="!">
        {t("notKept")}
      </Badge>
    );
  }
  return (
    <Badge tone="info" symbol="…">
      {!item.waiting ? sending : item.onDevice === "kept" ? waiting : t("keeping")}
    </Badge>
  );
}
