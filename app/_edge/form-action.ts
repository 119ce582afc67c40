/**
 * The one shape of a form's server action: find the actor, hand the submitted fields to one lib/ function,
 * then say what happened (a state for the form, or a redirect). A refusal comes back as the form's state with
 * the translated messages and what was typed, so a page reloaded without JavaScript shows the form as it was.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { AppError, forbidden } from "@/lib/errors";
import { type Action, mayEverDo } from "@/lib/permissions";
import { getActor } from "@/lib/session";
import { formDataToObject, typedValues } from "@/lib/validation/form-data";
import type { ActionState } from "@/lib/forms/action-state";
import { actionErrorState } from "./action-state";

type Input = Record<string, unknown>;

async function refused(error: unknown, formData: FormData): Promise<ActionState> {
  const state = await actionErrorState(error);
  // After a conflict the page is rendered again too, so that around the form it shows the newer version.
  if (state.current !== undefined) revalidatePath("/", "layout");
  return { ...state, ...typedValues(formData) };
}

/**
 * For people signed in. `permission` is the action the lib function checks: an actor none of whose roles may
 * ever do it is refused before the form is read (the lib function still checks it with the target). `done`
 * runs outside the error mapping, so it may call redirect(), which works by throwing.
 */
export async function runFormAction<Result>(
  formData: FormData,
  change: (db: Database, actor: Actor, input: Input) => Promise<Result>,
  done: (result: Result) => ActionState | Promise<ActionState>,
  permission?: Action,
): Promise<ActionState> {
  let result: Result;
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
    if (permission && !mayEverDo(actor, permission)) throw forbidden();
    result = await change(await getDb(), actor, formDataToObject(formData));
  } catch (error) {
    return refused(error, formData);
  }
  return done(result);
}

/** For people who are not signed in: the pages a one-time link opens (invitation, password reset). */
export async function runAnonymousFormAction<Result>(
  formData: FormData,
  change: (db: Database, input: Input) => Promise<Result>,
  done: (result: Result) => ActionState | Promise<ActionState>,
): Promise<ActionState> {
  let result: Result;
  try {
    result = await change(await getDb(), formDataToObject(formData));
  } catch (error) {
    return refused(error, formData);
  }
  return done(result);
}

/** A success that says so in the form, in the user's language. */
export const succeeded = (message?: string, extra: Omit<ActionState, "status" | "message"> = {}): ActionState => ({
  status: "success",
  message,
  ...extra,
});

/** A success every page may show (a library tool, a write-up on each step page): all pages are refreshed, then the browser goes to `path`. */
export function refreshAllAndGo(path: string): never {
  revalidatePath("/", "layout");
  return redirect(path);
}
