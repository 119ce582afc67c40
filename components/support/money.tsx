/** Amounts as people read them: in the reader's locale, with the currency code always shown, exact to the stored digits. */
import { getFormatter } from "next-intl/server";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** Intl formats a decimal string exactly; the cast only satisfies next-intl's number-typed signature. */
export function formatMoney(format: Formatter, amount: string, currency: string): string {
  return format.number(amount as unknown as number, { style: "currency", currency, currencyDisplay: "code", maximumFractionDigits: 4 });
}

export async function Money({ amount, currency }: { amount: string; currency: string }) {
  const format = await getFormatter();
  return <span className="whitespace-nowrap tabular-nums">{formatMoney(format, amount, currency)}</span>;
}
