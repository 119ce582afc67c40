"use server";
/** Server actions of trainings: each calls one lib/ function, then goes back to the country's capacity-building history. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/app/_edge/form-action";
import { editTraining } from "@/lib/trainings/edit-training";
import { recordTraining } from "@/lib/trainings/record-training";
import { withdrawTraining } from "@/lib/trainings/withdraw-training";

function done(countryCode: string, what: string): never {
  revalidatePath("/", "layout");
  return redirect(`/countries/${countryCode}/trainings?done=${what}`);
}

export async function recordTrainingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, recordTraining, ({ countryCode }) => done(countryCode, "recorded"), "training.write");
}

export async function editTrainingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editTraining, ({ countryCode }) => done(countryCode, "saved"), "training.write");
}

export async function withdrawTrainingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, withdrawTraining, ({ countryCode }) => done(countryCode, "withdrawn"), "training.write");
}
