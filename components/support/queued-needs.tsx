"use client";
/**
 * Needs recorded without a connection: waiting on this device, then sent once online (each once, by its
 * key). A need the server refused stays here with its message until the member dismisses it.
 */
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/forms/action-state";
import { needMutationKey, type QueuedCreate } from "@/components/offline/queue";
import { OnItsWay, Refusal, useQueuedItems } from "@/components/offline/queued-items";
import { Badge } from "@/components/ui/badge";

export type NeedPreview = { description: string };

export function useQueueNeed(countryCode: string) {
  return useMutation<ActionState, Error, QueuedCreate<NeedPreview>>({ mutationKey: needMutationKey(countryCode) });
}

export function QueuedNeeds({ countryCode }: { countryCode: string }) {
  const t = useTranslations("support.queue");
  const items = useQueuedItems<NeedPreview>(needMutationKey(countryCode));
  const shown = items.filter((item) => item.status !== "idle");
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="queued-needs-heading" className="mb-6 max-w-2xl">
      <h2 id="queued-needs-heading" className="mb-2 text-base font-semibold">
        {t("title")}
      </h2>
      <ul className="space-y-2">
        {shown.map((item) => (
          <li key={item.id} data-testid="queued-need" className={item.refusal ? "rounded-lg border border-red-300 bg-red-50 p-3" : "rounded-lg border border-dashed border-sky-300 bg-sky-50 p-3"}>
            <div className="flex flex-wrap items-center gap-2">
              <p className="font-medium">{item.preview?.description}</p>
              {item.status === "success" ? (
                <Badge tone="success" symbol="✓">
                  {t("sent")}
                </Badge>
              ) : item.refusal ? (
                <Badge tone="danger" symbol="!">
                  {t("refused")}
                </Badge>
              ) : (
                <OnItsWay item={item} sending={t("sending")} waiting={t("waiting")} />
              )}
            </div>
            {item.refusal ? <Refusal refusal={item.refusal} dismiss={item.dismiss} dismissLabel={t("dismiss")} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
