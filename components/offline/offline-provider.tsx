"use client";
/**
 * Offline support of a country's pages: registers the service worker that keeps the pages a member opened,
 * and provides the query client whose queue of creates survives closing the tab and syncs once online.
 */
import { onlineManager } from "@tanstack/react-query";
import { PersistQueryClientProvider } from "@tanstack/react-query-persist-client";
import { type ReactNode, useEffect, useState, useSyncExternalStore } from "react";
import { createOfflineQueryClient, resumeQueue } from "./offline-query-client";
import { DeviceRecordContext } from "./on-device";
import { createQueuePersister, keepInQueue } from "./queue-persister";
import type { QueueActions } from "./send-queued";

type Props = { userId: string; actions: QueueActions; banner: ReactNode; queueSummary: ReactNode; children: ReactNode };

export function OfflineProvider({ userId, actions, banner, queueSummary, children }: Props) {
  const [client] = useState(() => createOfflineQueryClient(actions));
  const [persister] = useState(() => createQueuePersister(userId));
  const online = useSyncExternalStore(onlineManager.subscribe.bind(onlineManager), () => onlineManager.isOnline(), () => true);

  useEffect(() => {
    // The worker lives at /serwist/sw.js; the route allows it to serve the whole site.
    if ("serviceWorker" in navigator) navigator.serviceWorker.register("/serwist/sw.js", { scope: "/" }).catch(() => undefined);
  }, []);

  useEffect(() => {
    // Back online, this tab also sends what other tabs queued and left (closed, or not yet online).
    const unsubscribe = onlineManager.subscribe((isOnline) => {
      if (isOnline) void persister.adopt(client).then(() => resumeQueue(client));
    });
    // TanStack Query hears online and offline events from now on: a connection lost while the page was starting
    // (after the client was made, before anyone listened) is read here, or a create would be sent, not queued.
    onlineManager.setOnline(navigator.onLine);
    return unsubscribe;
  }, [client, persister]);

  useEffect(() => {
    // While a create is being written, closing the tab would lose it: the browser asks first. Listened to only
    // then, since some browsers keep no page with such a listener for the back button.
    const askFirst = (event: BeforeUnloadEvent) => event.preventDefault();
    const follow = () => {
      if (persister.writing()) window.addEventListener("beforeunload", askFirst);
      else window.removeEventListener("beforeunload", askFirst);
    };
    const unsubscribe = persister.device.subscribe(follow);
    return () => {
      unsubscribe();
      window.removeEventListener("beforeunload", askFirst);
    };
  }, [persister]);

  return (
    <DeviceRecordContext value={persister.device}>
    <PersistQueryClientProvider
      client={client}
      persistOptions={{
        persister,
        // A queue is never thrown away for its age: every item is sent, or shown refused.
        maxAge: Number.POSITIVE_INFINITY,
        dehydrateOptions: { shouldDehydrateQuery: () => false, shouldDehydrateMutation: keepInQueue },
      }}
      onSuccess={() => resumeQueue(client)}
    >
      {online ? null : banner}
      {queueSummary}
      {children}
    </PersistQueryClientProvider>
    </DeviceRecordContext>
  );
}
