/** Translates lib/ messages (errors, import rows) in the request's language, each key checked against its catalogue. */
import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import { translateMessage } from "@/lib/i18n/translate-message";

export async function libMessages(): Promise<(message: string) => string> {
  const [t, catalogue] = await Promise.all([getTranslations(), getMessages()]);
  return (message) => translateMessage(t, catalogue, message);
}
