"use client";
/** Where this tab's queued creates stand on the device (queue-persister.ts), for the forms and the queue's items. */
import { createContext, useContext, useSyncExternalStore } from "react";
import type { DeviceRecord, OnDevice } from "./queue-persister";

/** Outside the offline provider nothing is written to the device. */
const nothingKept: DeviceRecord = { subscribe: () => () => undefined, snapshot: () => new Map(), settled: async () => false };

export const DeviceRecordContext = createContext<DeviceRecord>(nothingKept);

export const useDeviceRecord = () => useContext(DeviceRecordContext);

/** Each create's state on the device, by idempotency key: one not written yet is being kept. */
export function useOnDevice(): (idempotencyKey: string) => OnDevice {
  const record = useDeviceRecord();
  const states = useSyncExternalStore(record.subscribe, record.snapshot, record.snapshot);
  return (idempotencyKey) => states.get(idempotencyKey) ?? (record === nothingKept ? "notKept" : "keeping");
}
