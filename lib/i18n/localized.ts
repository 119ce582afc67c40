/** Picks the text of a translatable record in the reader's language, falling back to English. */
import type { Locale, LocalizedText } from "@/db/schema/common";

export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.en;
}

/** A step's title: translatable for a framework step, one text for a national step (lib/progress/step-title.ts). */
export type StepTitle = LocalizedText | string;

/** A step's title in the reader's language. */
export function titleText(title: StepTitle, locale: Locale): string {
  return typeof title === "string" ? title : localized(title, locale);
}
