"use server";
/** Server actions of experience write-ups: each calls one lib/ function, then goes to the write-up's page. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/app/_edge/form-action";
import { editExperience } from "@/lib/experiences/edit-experience";
import { featureExperience } from "@/lib/experiences/feature-experience";
import { writeExperience } from "@/lib/experiences/write-experience";

/** Every country's page of the step shows the write-up: they are refreshed with it. */
function done(path: string): never {
  revalidatePath("/", "layout");
  return redirect(path);
}

export async function writeExperienceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, writeExperience, ({ id }) => done(`/experiences/${id}?done=written`), "experience.write");
}

export async function editExperienceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editExperience, ({ id }) => done(`/experiences/${id}?done=saved`), "experience.write");
}

export async function featureExperienceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, featureExperience, ({ id }) => done(`/experiences/${id}`), "experience.feature");
}
