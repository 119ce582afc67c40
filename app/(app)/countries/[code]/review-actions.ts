"use server";
/** Server actions of the review of a milestone or a step: comments (and the working group's answers) and decisions. */
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction, succeeded } from "@/app/_edge/form-action";
import { commentOnReview } from "@/lib/review/comment-on-review";
import { decideReview } from "@/lib/review/decide-review";

function reviewSaved(key: "commented" | "decided") {
  return async (result: { countryCode: string }): Promise<ActionState> => {
    revalidatePath(`/countries/${result.countryCode}`, "layout");
    revalidatePath("/matrix");
    return succeeded((await getTranslations("review"))(key));
  };
}

export async function commentOnReviewAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, commentOnReview, reviewSaved("commented"), "review.comment");
}

export async function decideReviewAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, decideReview, reviewSaved("decided"), "review.decide");
}
