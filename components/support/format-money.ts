/** Amounts as people read them: in the reader's locale, exact to the stored digits, the currency always named. */
import type { createFormatter } from "next-intl";

type Formatter = ReturnType<typeof createFormatter>;

/**
 * The locale's own sign where it names the country ("1 234,56 $US" in French, "US$ 1.234,56" in Portuguese);
 * where the sign alone is ambiguous ("$", "€", "F CFA"), the ISO 4217 code instead ("USD 1,234.56").
 */
export function formatMoney(format: Formatter, amount: string, currency: string): string {
  // Intl formats a decimal string exactly; the cast only satisfies next-intl's number-typed signature.
  const exact = amount as unknown as number;
  const withSign = format.number(exact, { style: "currency", currency, currencyDisplay: "symbol", maximumFractionDigits: 4 });
  if (withSign.includes(currency.slice(0, 2))) return withSign;
  return format.number(exact, { style: "currency", currency, currencyDisplay: "code", maximumFractionDigits: 4 });
}
