/** Picks the text of a translatable record in the reader's language, falling back to English. */
import type { Locale, LocalizedText } from "@/db/schema/common";

export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.en;
}
