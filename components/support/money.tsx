/** An amount on a server-rendered page, in the reader's locale (see format-money.ts). */
import { getFormatter } from "next-intl/server";
import { formatMoney } from "./format-money";

export async function Money({ amount, currency }: { amount: string; currency: string }) {
  const format = await getFormatter();
  return <span className="whitespace-nowrap tabular-nums">{formatMoney(format, amount, currency)}</span>;
}
