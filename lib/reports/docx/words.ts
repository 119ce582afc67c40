/**
 * What a Word document needs to say things in its reader's language: the translator and the formats the pages use
 * (dates in UTC, amounts exact with their currency, the costing's rounded figures). lib/ writes no text of its own:
 * the edge makes these from the request's translator and formatter (`documentWordsOf` in components/reports/).
 */
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate-message";

export type DocumentWords = {
  locale: Locale;
  t: Translator;
  /** A calendar date ("2026-03-18") or a moment, as the pages show it: the medium date, in UTC. */
  day: (date: Date | string) => string;
  /** A count or a decimal as text, in the locale's digits: "1 234,5". */
  number: (value: number | string, maximumFractionDigits?: number) => string;
  /** An amount with its currency, exact to the stored digits (components/support/format-money.ts). */
  money: (amount: string, currency: string) => string;
  /** A costing amount rounded to whole units, or a dash when the model could not cost it. */
  costingAmount: (text: string | null) => string;
  /** A costing fraction as a percentage, or a dash. */
  costingShare: (text: string | null) => string;
};

/** The language Word proofs the text in: the interface language with the region its catalogue is written for. */
export const wordLanguages: Record<Locale, string> = { en: "en-GB", fr: "fr-FR", es: "es-ES", pt: "pt-PT" };
