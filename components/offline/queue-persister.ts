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
 * Where a create of this tab stands on the device: being written, written (it survives closing the tab), or
 * refused by the device (storage full or switched off; it is then sent only if the tab stays open).
 */
export type OnDevice = "keeping" | "kept" | "notKept";

/** What the forms and the queue's items read of the device: each create's `OnDevice`, and when it is settled. */
export type DeviceRecord = {
  subscribe: (listener: () => void) => () => void;
  /** The same object until something changes, for `useSyncExternalStore`. */
  snapshot: () => ReadonlyMap<string, OnDevice>;
  /** Resolves once the create is written (true) or the device refused it (false). */
  settled: (idempotencyKey: string) => Promise<boolean>;
};

function deviceRecord() {
  let states: ReadonlyMap<string, OnDevice> = new Map();
  const listeners = new Set<() => void>();
  const waiters = new Map<string, ((kept: boolean) => void)[]>();
  const mark = (keys: string[], state: OnDevice, unless?: OnDevice) => {
    const changed = keys.filter((key) => states.get(key) !== state && (unless === undefined || states.get(key) !== unless));
    if (changed.length === 0) return;
    const next = new Map(states);
    for (const key of changed) next.set(key, state);
    states = next;
    if (state !== "keeping") {
      for (const key of changed) {
        waiters.get(key)?.forEach((resolve) => resolve(state === "kept"));
        waiters.delete(key);
      }
    }
    listeners.forEach((listener) => listener());
  };
  const record: DeviceRecord = {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => states,
    settled: (key) => {
      const state = states.get(key);
      if (state === "kept" || state === "notKept") return Promise.resolve(state === "kept");
      return new Promise((resolve) => waiters.set(key, [...(waiters.get(key) ?? []), resolve]));
    },
  };
  return { record, mark, writing: () => [...states.values()].includes("keeping") };
}

/**
 * One queue per person, shared by all their tabs and pages. A tab writes its own creates and leaves in place
 * those it has never seen (another tab's), so no tab's save overwrites another's; a create this tab sent or
 * dismissed is known to it and dropped. `adopt` takes the creates other tabs left, to send them from here.
 */
export function createQueuePersister(userId: string): Persister & {
  adopt: (client: QueryClient) => Promise<void>;
  device: DeviceRecord;
  /** Whether a create is being written: closing the tab now would lose it. */
  writing: () => boolean;
} {
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
  // A create read back from the device is on it already; one of this tab's is kept once the write that holds it ends.
  const { record: device, mark, writing } = deviceRecord();
  const keysOf = (mutations: StoredMutation[]) => mutations.map((mutation) => keyOf(mutation)!);

  return {
    persistClient: async (client) => {
      const mine = client.clientState.mutations.filter((mutation) => keyOf(mutation) !== undefined);
      learn(mine);
      // One already written stays kept while it is written again (the earlier record holds it until this one replaces it).
      mark(keysOf(mine), "keeping", "kept");
      if (!store) return mark(keysOf(mine), "notKept", "kept");
      try {
        await update<PersistedClient | string>(
          key,
          (stored) => {
            const others = unknownIn(parse(stored));
            return { ...client, clientState: { queries: [], mutations: [...mine, ...others].map(storable) } };
          },
          store,
        );
        mark(keysOf(mine), "kept");
      } catch {
        // Shown on each create it held (and its form): nothing else to do with the device's refusal.
        mark(keysOf(mine), "notKept", "kept");
      }
    },
    restoreClient: async () => {
      const stored = await read();
      if (stored) {
        learn(unknownIn(stored));
        mark(keysOf(stored.clientState.mutations), "kept");
      }
      return stored;
    },
    removeClient: async () => {
      if (store) await del(key, store);
    },
    adopt: async (client) => {
      const others = unknownIn(await read());
      learn(others);
      mark(keysOf(others), "kept");
      if (others.length > 0) hydrate(client, { mutations: others, queries: [] });
    },
    device,
    writing,
  };
}
