/**
 * The state a server action hands back to its form: translated messages per field, or a form-level message,
 * and for a conflict the newer record. lib/ errors are mapped here once.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import type { ActionState } from "@/lib/forms/action-state";
import { translateMessage, type Translator } from "@/lib/i18n/translate-message";

export async function actionErrorState(error: unknown): Promise<ActionState> {
  if (!(error instanceof AppError)) throw error; // unexpected: let the error boundary show it
  const t = (await getTranslations()) as unknown as Translator;
  return {
    status: "error",
    message: translateMessage(t, error.message),
    fieldErrors: Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, message]) => [field, translateMessage(t, message)]),
    ),
    current: error.current,
  };
}
