"use client";
/**
 * How the offline queue is kept on the device: in IndexedDB, one record per person shared by every tab and
 * page (decision 1100), through TanStack Query's `Persister` interface.
 */
import type { PersistedClient, Persister } from "@tanstack/react-query-persist-client";
import { type DehydratedState, hydrate, type Mutation, type QueryClient } from "@tanstack/react-query";
import { createStore, get, del, update } from "idb-keyval";
import { type QueuedCreate, refusalOf } from "./queue";

/** Kept on the device: creates waiting or in flight (sent again on the next visit), and queued ones the server refused (until dismissed). */
export function keepInQueue(mutation: Mutation): boolean {
  const queued = (mutation.state.variables as QueuedCreate | undefined)?.queued === true;
  return mutation.state.status === "pending" || (queued && mutation.state.status === "error");
}

type StoredMutation = DehydratedState["mutations"][number];
const keyOf = (mutation: StoredMutation) => (mutation.state.variables as QueuedCreate | undefined)?.idempotencyKey;

/** IndexedDB clones errors without their fields: a refusal is kept as the plain `{ state }` it is read from. */
function storable(mutation: StoredMutation): StoredMutation {
  const plain = (error: unknown) => (error ? ({ state: refusalOf(error) } as unknown as Error) : null);
  return { ...mutation, state: { ...mutation.state, error: plain(mutation.state.error), failureReason: plain(mutation.state.failureReason) } };
}

const store = typeof indexedDB === "undefined" ? undefined : createStore("socle-offline", "queue");

/**
 * One queue per person, shared by all their tabs and pages. A tab writes its own creates and leaves in place
 * those it has never seen (another tab's), so no tab's save overwrites another's; a create this tab sent or
 * dismissed is known to it and dropped. `adopt` takes the creates other tabs left, to send them from here.
 */
export function createQueuePersister(userId: string): Persister & { adopt: (client: QueryClient) => Promise<void> } {
  // One queue per person: another member signing in on this browser never sends (or sees) it.
  const key = `socle-queue-${userId}`;
  const known = new Set<string>();
  // Queues saved before files were kept are JSON text.
  const parse = (stored: PersistedClient | string | undefined) => (typeof stored === "string" ? (JSON.parse(stored) as PersistedClient) : stored);
  // A create read back has no form left to show its outcome: it is shown on its item, like one queued offline.
  const read = async (): Promise<PersistedClient | undefined> => {
    const stored = parse(store ? await get<PersistedClient | string>(key, store) : undefined);
    if (!stored) return undefined;
    const mutations = stored.clientState.mutations.map((mutation) => ({
      ...mutation,
      state: { ...mutation.state, variables: { ...(mutation.state.variables as QueuedCreate), queued: true } },
    }));
    return { ...stored, clientState: { ...stored.clientState, mutations } };
  };
  const unknownIn = (stored: PersistedClient | undefined) =>
    (stored?.clientState.mutations ?? []).filter((mutation) => {
      const idempotencyKey = keyOf(mutation);
      return idempotencyKey !== undefined && !known.has(idempotencyKey);
    });
  const learn = (mutations: StoredMutation[]) => mutations.forEach((mutation) => known.add(keyOf(mutation)!));

  return {
    persistClient: async (client) => {
      if (!store) return;
      const mine = client.clientState.mutations.filter((mutation) => keyOf(mutation) !== undefined);
      learn(mine);
      await update<PersistedClient | string>(
        key,
        (stored) => {
          const others = unknownIn(parse(stored));
          return { ...client, clientState: { queries: [], mutations: [...mine, ...others].map(storable) } };
        },
        store,
      );
    },
    restoreClient: async () => {
      const stored = await read();
      if (stored) learn(unknownIn(stored));
      return stored;
    },
    removeClient: async () => {
      if (store) await del(key, store);
    },
    adopt: async (client) => {
      const others = unknownIn(await read());
      learn(others);
      if (others.length > 0) hydrate(client, { mutations: others, queries: [] });
    },
  };
}
