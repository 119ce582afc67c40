/**
 * The state a server action hands back to its form: translated messages per field, or a form-level message,
 * and for a conflict the newer record. lib/ errors are mapped here once.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/actor";
import { AppError } from "@/lib/errors";
import { translateMessage, type Translator } from "@/lib/i18n/translate-message";
import { getActor } from "@/lib/session";

import type { ActionState } from "./action-state-types";

export type { ActionState };

/** The text fields of a submitted form (files and React's own fields left out), to give back with an error. */
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return values;
}

export async function actionErrorState(error: unknown, formData?: FormData): Promise<ActionState> {
  if (!(error instanceof AppError)) throw error; // unexpected: let the error boundary show it
  const t = (await getTranslations()) as unknown as Translator;
  return {
    status: "error",
    message: translateMessage(t, error.message),
    fieldErrors: Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, message]) => [field, translateMessage(t, message)]),
    ),
    current: error.current,
    ...(formData ? { values: submittedValues(formData) } : {}),
  };
}

/** Runs a server action's work as the signed-in actor and maps lib/'s errors to the form's state. */
export async function actAs(work: (actor: Actor) => Promise<ActionState>): Promise<ActionState> {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
    return await work(actor);
  } catch (error) {
    return actionErrorState(error);
  }
}

/** The same, for people who are not signed in (an invitation or password-reset link). */
export async function actAnonymously(work: () => Promise<ActionState>): Promise<ActionState> {
  try {
    return await work();
  } catch (error) {
    return actionErrorState(error);
  }
}
