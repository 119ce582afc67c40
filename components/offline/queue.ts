"use client";
/**
 * Creates that can wait for the connection: a milestone or a need, as plain fields and chosen files (kept in
 * IndexedDB with the queue) with the idempotency key that makes a second send return the first record.
 */
import type { Mutation } from "@tanstack/react-query";
import type { ActionState } from "@/lib/forms/action-state";

export type QueuedCreate<Preview = unknown> = {
  idempotencyKey: string;
  fields: [string, string][];
  /** Evidence files: IndexedDB keeps them as they are (structured clone), so a queued create keeps its files. */
  files?: File[];
  /** True when it was made without a connection: its outcome is then shown on the item, not in the form. */
  queued: boolean;
  preview: Preview;
};

/** What the files of all waiting creates may weigh together on this device; the forms state it. */
export const queuedFilesLimitMegabytes = 20;
const queuedFilesLimitBytes = queuedFilesLimitMegabytes * 1024 * 1024;

/** The server said no: its state carries the message, the field errors and any newer version. */
export class RefusedSave extends Error {
  constructor(readonly state: ActionState) {
    super(state.message ?? "refused");
  }
}

/** The refusal of a failed create, also once restored from IndexedDB (where it is a plain object). */
export function refusalOf(error: unknown): ActionState | undefined {
  return (error as { state?: ActionState } | null)?.state;
}

export const milestoneMutationKey = (countryStepId: string) => ["logMilestone", countryStepId];
export const needMutationKey = (countryCode: string) => ["addNeed", countryCode];

/** Splits a submitted form into text fields and chosen files, with a fresh key. */
export function queuedCreateOf<Preview>(formData: FormData, preview: Preview, queued: boolean): QueuedCreate<Preview> {
  const fields: [string, string][] = [];
  const files: File[] = [];
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string") fields.push([name, value]);
    else if (value.size > 0 || value.name !== "") files.push(value);
  }
  return { idempotencyKey: crypto.randomUUID(), fields, files, queued, preview };
}

const bytesOf = (files: File[] | undefined) => (files ?? []).reduce((total, file) => total + file.size, 0);

/** Whether the files of a new create still fit beside those of the creates already waiting on this device. */
export function filesFitInQueue(mutations: Mutation[], create: QueuedCreate): boolean {
  const waiting = mutations
    .filter((mutation) => mutation.state.status === "pending" || mutation.state.status === "error")
    .reduce((total, mutation) => total + bytesOf((mutation.state.variables as QueuedCreate | undefined)?.files), 0);
  return waiting + bytesOf(create.files) <= queuedFilesLimitBytes;
}
