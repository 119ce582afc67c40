/** A country's steps as form options: numbered in order, titled in the reader's language. */
import type { Locale } from "@/lib/i18n/locales";
import { titleText } from "@/lib/i18n/localized";
import type { SupportStep } from "@/lib/support/steps";

export function stepOptions(steps: SupportStep[], locale: Locale) {
  return steps.map((step, index) => ({
    value: step.id,
    label: `${index + 1}. ${titleText(step.title, locale)}`,
  }));
}
