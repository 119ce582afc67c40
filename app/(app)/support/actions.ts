"use server";
/** Server actions for support entries, transactions, needs and their answers: each calls one lib/ function. */
import { redirect } from "next/navigation";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import type { Action } from "@/lib/permissions";
import { addNeed } from "@/lib/support/add-need";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { addSupportTransaction } from "@/lib/support/add-support-transaction";
import { answerNeed, unanswerNeed } from "@/lib/support/answer-need";
import { editNeed } from "@/lib/support/edit-need";
import { editSupportEntry } from "@/lib/support/edit-support-entry";
import { withdrawNeed } from "@/lib/support/withdraw-need";
import { withdrawSupportEntry } from "@/lib/support/withdraw-support-entry";
import { withdrawSupportTransaction } from "@/lib/support/withdraw-support-transaction";
import { linkSupportEntryIndicator, unlinkSupportEntryIndicator } from "@/lib/results/support-entry-results";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/app/_edge/form-action";

/** Runs one change for the signed-in actor; on success the browser goes to the address it returns. */
async function run(
  formData: FormData,
  permission: Action,
  change: (db: Database, actor: Actor, input: Record<string, unknown>) => Promise<string>,
): Promise<ActionState> {
  return runFormAction(formData, change, (destination) => redirect(destination), permission);
}

/** Where to go back to after answering a need: a path inside Socle, never another site. */
function returnPath(input: Record<string, unknown>, fallback: string): string {
  const target = input.returnTo;
  return typeof target === "string" && /^\/(?![/\\])/.test(target) ? target : fallback;
}

export async function addSupportEntryAction(_previous: ActionState, formData: FormData) {
  return run(formData, "support.write", async (db, actor, input) => `/support/${(await addSupportEntry(db, actor, input)).id}?done=added`);
}

export async function editSupportEntryAction(_previous: ActionState, formData: FormData) {
  return run(formData, "support.write", async (db, actor, input) => `/support/${(await editSupportEntry(db, actor, input)).id}?done=saved`);
}

export async function withdrawSupportEntryAction(_previous: ActionState, formData: FormData) {
  return run(formData, "support.write", async (db, actor, input) => {
    await withdrawSupportEntry(db, actor, input);
    return `/support/${String(input.id)}?done=withdrawn`;
  });
}

export async function addSupportTransactionAction(_previous: ActionState, formData: FormData) {
  return run(formData, "support.write", async (db, actor, input) => {
    await addSupportTransaction(db, actor, input);
    return `/support/${String(input.supportEntryId)}?done=transactionAdded#transactions`;
  });
}

export async function withdrawSupportTransactionAction(_previous: ActionState, formData: FormData) {
  return run(formData, "support.write", async (db, actor, input) => {
    const { supportEntryId } = await withdrawSupportTransaction(db, actor, input);
    return `/support/${supportEntryId}?done=transactionWithdrawn#transactions`;
  });
}

export async function answerNeedAction(_previous: ActionState, formData: FormData) {
  return run(formData, "need.answer", async (db, actor, input) => {
    await answerNeed(db, actor, input);
    return returnPath(input, `/support/${String(input.supportEntryId)}`);
  });
}

export async function unanswerNeedAction(_previous: ActionState, formData: FormData) {
  return run(formData, "need.answer", async (db, actor, input) => {
    await unanswerNeed(db, actor, input);
    return returnPath(input, `/support/${String(input.supportEntryId)}`);
  });
}

export async function addNeedAction(_previous: ActionState, formData: FormData) {
  return run(formData, "need.write", async (db, actor, input) => {
    await addNeed(db, actor, input);
    return `/countries/${String(input.countryCode).toUpperCase()}/support?done=needAdded`;
  });
}

export async function editNeedAction(_previous: ActionState, formData: FormData) {
  return run(formData, "need.write", async (db, actor, input) => {
    const { countryCode } = await editNeed(db, actor, input);
    return `/countries/${countryCode}/support?done=needSaved`;
  });
}

export async function withdrawNeedAction(_previous: ActionState, formData: FormData) {
  return run(formData, "need.write", async (db, actor, input) => {
    const { countryCode } = await withdrawNeed(db, actor, input);
    return `/countries/${countryCode}/support?done=needWithdrawn`;
  });
}

// Back to the edit page without a fragment: a redirect to the same page with one (#results) is taken by the router as
// a jump within the page, which then still showed "Not linked." (the journey in e2e/results.spec.ts found it).
export async function linkSupportEntryIndicatorAction(_previous: ActionState, formData: FormData) {
  return run(formData, "support.write", async (db, actor, input) => `/support/${(await linkSupportEntryIndicator(db, actor, input)).supportEntryId}/edit`);
}

export async function unlinkSupportEntryIndicatorAction(_previous: ActionState, formData: FormData) {
  return run(formData, "support.write", async (db, actor, input) => `/support/${(await unlinkSupportEntryIndicator(db, actor, input)).supportEntryId}/edit`);
}
