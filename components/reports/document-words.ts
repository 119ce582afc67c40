/**
 * The words a Word document is written in (lib/reports/docx/words.ts), made from a translator and a formatter: the
 * request's at the edge, next-intl's `createTranslator`/`createFormatter` in tests. Dates, amounts and the costing's
 * figures go through the very functions the report page uses, so the document reads as the page does.
 */
import type { createFormatter } from "next-intl";
import { formatAmount, formatShare } from "@/components/costing/figures";
import { formatMoney } from "@/components/support/format-money";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate-message";
import type { DocumentWords } from "@/lib/reports/docx/words";

type Formatter = ReturnType<typeof createFormatter>;

// Intl formats a decimal string exactly; the cast only satisfies next-intl's number-typed signature.
const exact = (value: number | string) => value as unknown as number;

export function documentWordsOf(locale: Locale, t: Translator, format: Formatter): DocumentWords {
  return {
    locale,
    t,
    day: (date) => format.dateTime(typeof date === "string" ? new Date(`${date}T00:00:00Z`) : date, { dateStyle: "medium", timeZone: "UTC" }),
    number: (value, maximumFractionDigits) => format.number(exact(value), maximumFractionDigits === undefined ? {} : { maximumFractionDigits }),
    money: (amount, currency) => formatMoney(format, amount, currency),
    costingAmount: (text) => formatAmount(format, text),
    costingShare: (text) => formatShare(format, text),
  };
}
