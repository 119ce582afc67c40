/** Translates a lib/ message ("validation.tooLong?maximum=200") with a next-intl translator. */
import { isMessageKey, type LibMessage, type MessageKey } from "./message-key";

export type Translator = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * `message` arrives as text (from a Zod issue, or from the server in a form's state), so its key is checked
 * against the catalogue the translator reads: one the catalogue lacks reads as the generic refusal, never as a raw key.
 */
export function translateMessage(t: Translator, catalogue: object, message: LibMessage | string): string {
  const [key = message, query] = message.split("?", 2);
  if (!isMessageKey(catalogue, key)) return t("validation.invalid");
  const values = query ? Object.fromEntries(new URLSearchParams(query)) : undefined;
  return t(key, values);
}
