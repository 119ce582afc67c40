"use client";
/**
 * The query client of a country's pages: creates are mutations, kept on the device by queue-persister.ts and
 * resumed with the functions registered here after a reload (paused ones, and ones that were in flight when
 * the tab closed).
 */
import { onlineManager, type QueryClient } from "@tanstack/react-query";
import { createQueryClient } from "@/components/query/create-query-client";
import { type QueuedCreate, refusalOf } from "./queue";
import { type QueueActions, sendQueued } from "./send-queued";

/** A lost connection is retried (paused while offline); a refusal from the server is final and shown on the item. */
const retry = (_failures: number, error: unknown) => !refusalOf(error);

export function createOfflineQueryClient(actions: QueueActions): QueryClient {
  // TanStack Query only hears online/offline events: a page loaded offline must start offline.
  if (typeof navigator !== "undefined") onlineManager.setOnline(navigator.onLine);
  const client = createQueryClient();
  // Never collected from memory: a refused item restored without its form stays until dismissed.
  client.setMutationDefaults(["logMilestone"], { mutationFn: (create: QueuedCreate) => sendQueued(actions.logMilestone, create), retry, gcTime: Number.POSITIVE_INFINITY });
  client.setMutationDefaults(["addNeed"], { mutationFn: (create: QueuedCreate) => sendQueued(actions.addNeed, create), retry, gcTime: Number.POSITIVE_INFINITY });
  return client;
}

/** Sends every create still pending: paused ones, and restored ones that were in flight (their retryer is gone). */
export function resumeQueue(client: QueryClient) {
  for (const mutation of client.getMutationCache().getAll()) {
    if (mutation.state.status === "pending") mutation.continue().catch(() => undefined);
  }
}
