"use server";
/** Server actions of experience write-ups: each calls one lib/ function, then goes to the write-up's page, every page refreshed (each country's page of the step shows it). */
import type { ActionState } from "@/lib/forms/action-state";
import { refreshAllAndGo, runFormAction } from "@/app/_edge/form-action";
import { editExperience } from "@/lib/experiences/edit-experience";
import { featureExperience } from "@/lib/experiences/feature-experience";
import { publishExperience } from "@/lib/experiences/publish-experience";
import { withdrawExperience } from "@/lib/experiences/withdraw-experience";
import { writeExperience } from "@/lib/experiences/write-experience";

export async function writeExperienceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, writeExperience, ({ id }) => refreshAllAndGo(`/experiences/${id}?done=drafted`), "experience.write");
}

export async function editExperienceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editExperience, ({ id }) => refreshAllAndGo(`/experiences/${id}?done=saved`), "experience.write");
}

export async function publishExperienceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, publishExperience, ({ id, published }) => refreshAllAndGo(`/experiences/${id}?done=${published ? "published" : "audience"}`), "experience.write");
}

export async function withdrawExperienceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, withdrawExperience, () => refreshAllAndGo("/experiences?done=withdrawn"), "experience.write");
}

export async function featureExperienceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, featureExperience, ({ id }) => refreshAllAndGo(`/experiences/${id}`), "experience.feature");
}
