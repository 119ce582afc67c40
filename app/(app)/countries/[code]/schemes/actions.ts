"use server";
/** Server actions of the scheme inventory: each calls one lib/ function, then goes to the scheme or the inventory. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_edge/form-action";
import { addScheme } from "@/lib/assessment/add-scheme";
import { editScheme } from "@/lib/assessment/edit-scheme";
import { restoreScheme } from "@/lib/assessment/restore-scheme";
import { withdrawScheme } from "@/lib/assessment/withdraw-scheme";
import type { ActionState } from "@/lib/forms/action-state";

function go(path: string): never {
  revalidatePath("/", "layout");
  return redirect(path);
}

const schemePage = (scheme: { id: string; countryCode: string }, done: string) => `/countries/${scheme.countryCode}/schemes/${scheme.id}?done=${done}`;

export async function addSchemeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, addScheme, (scheme) => go(schemePage(scheme, "added")), "scheme.write");
}

export async function editSchemeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editScheme, (scheme) => go(schemePage(scheme, "saved")), "scheme.write");
}

export async function withdrawSchemeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, withdrawScheme, (scheme) => go(schemePage(scheme, "withdrawn")), "scheme.write");
}

export async function restoreSchemeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, restoreScheme, (scheme) => go(schemePage(scheme, "restored")), "scheme.write");
}
