"use client";
/** False while the server renders and during hydration, true once JavaScript runs: for parts shown only without it. */
import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
