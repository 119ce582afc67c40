"use client";
/**
 * The query client of a country's pages and how its queue is kept: creates made offline are paused
 * mutations, persisted in IndexedDB per person, and resumed with the functions registered here after a reload.
 */
import { createAsyncStoragePersister } from "@tanstack/query-async-storage-persister";
import { type Mutation, onlineManager, type QueryClient } from "@tanstack/react-query";
import { createStore, del, get, set } from "idb-keyval";
import { createQueryClient } from "@/components/query/create-query-client";
import { type QueuedCreate, refusalOf, sendMilestone, sendNeed } from "./queue";

/** A lost connection is retried (paused while offline); a refusal from the server is final and shown on the item. */
const retry = (_failures: number, error: unknown) => !refusalOf(error);

export function createOfflineQueryClient(): QueryClient {
  // TanStack Query only hears online/offline events: a page loaded offline must start offline.
  if (typeof navigator !== "undefined") onlineManager.setOnline(navigator.onLine);
  const client = createQueryClient();
  client.setMutationDefaults(["logMilestone"], { mutationFn: sendMilestone, retry });
  client.setMutationDefaults(["addNeed"], { mutationFn: sendNeed, retry });
  return client;
}

/** Kept on the device: creates waiting for the connection, and queued ones the server refused (until dismissed). */
export function keepInQueue(mutation: Mutation): boolean {
  const queued = (mutation.state.variables as QueuedCreate | undefined)?.queued === true;
  return mutation.state.isPaused || (queued && mutation.state.status === "error");
}

const store = typeof indexedDB === "undefined" ? undefined : createStore("socle-offline", "queue");

export function createQueuePersister(userId: string) {
  return createAsyncStoragePersister({
    storage: store ? { getItem: (key) => get<string>(key, store), setItem: (key, value: string) => set(key, value, store), removeItem: (key) => del(key, store) } : undefined,
    // One queue per person: another member signing in on this browser never sends (or sees) it.
    key: `socle-queue-${userId}`,
    throttleTime: 100,
  });
}
