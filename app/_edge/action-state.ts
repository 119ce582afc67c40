/**
 * The state a server action hands back to its form: translated messages per field, or a form-level message,
 * and for a conflict the newer record. lib/ errors are mapped here once.
 */
import "server-only";
import { answerableError } from "@/lib/errors";
import type { ActionState } from "@/lib/forms/action-state";
import { libMessages } from "./lib-messages";

export async function actionErrorState(thrown: unknown): Promise<ActionState> {
  const error = answerableError(thrown);
  if (!error) throw thrown; // unexpected: let the error boundary show it
  const translate = await libMessages();
  return {
    status: "error",
    message: translate(error.message),
    fieldErrors: Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, message]) => [field, translate(message)]),
    ),
    current: error.current,
  };
}
