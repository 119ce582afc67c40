"use client";
/**
 * Creates that can wait for the connection: a milestone or a need, as plain fields (so it can be kept in
 * IndexedDB) with the idempotency key that makes a second send return the first record.
 */
import { logMilestoneAction } from "@/app/(app)/countries/[code]/actions";
import { sendQueuedNeedAction } from "@/app/(app)/countries/[code]/offline-actions";
import type { ActionState } from "@/app/_edge/action-state-types";

export type QueuedCreate<Preview = unknown> = {
  idempotencyKey: string;
  fields: [string, string][];
  /** True when it was made without a connection: its outcome is then shown on the item, not in the form. */
  queued: boolean;
  preview: Preview;
};

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

/** Files stay in memory only: a create with files is sent at once, never kept on the device. */
const heldFiles = new Map<string, File[]>();

/** Splits a submitted form into text fields (kept) and chosen files (held in memory), with a fresh key. */
export function queuedCreateOf<Preview>(formData: FormData, preview: Preview, queued: boolean): { create: QueuedCreate<Preview>; files: File[] } {
  const fields: [string, string][] = [];
  const files: File[] = [];
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string") fields.push([name, value]);
    else if (value.size > 0 || value.name !== "") files.push(value);
  }
  const idempotencyKey = crypto.randomUUID();
  heldFiles.set(idempotencyKey, files);
  return { create: { idempotencyKey, fields, queued, preview }, files };
}

function formDataOf(create: QueuedCreate): FormData {
  const formData = new FormData();
  for (const [name, value] of create.fields) formData.append(name, value);
  formData.set("idempotencyKey", create.idempotencyKey);
  for (const file of heldFiles.get(create.idempotencyKey) ?? []) formData.append("files", file);
  return formData;
}

async function send(action: (state: ActionState, formData: FormData) => Promise<ActionState>, create: QueuedCreate): Promise<ActionState> {
  const state = await action({ status: "idle" }, formDataOf(create));
  if (state.status !== "success") throw new RefusedSave(state);
  heldFiles.delete(create.idempotencyKey);
  return state;
}

export const sendMilestone = (create: QueuedCreate) => send(logMilestoneAction, create);
export const sendNeed = (create: QueuedCreate) => send(sendQueuedNeedAction, create);
