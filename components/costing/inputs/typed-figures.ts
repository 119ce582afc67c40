/**
 * Stored figures as the costing's input forms show them to be typed again: amounts with spaces between thousands
 * (as the amount fields read them), inflation as the percentage people type ("3.5"), not the stored rate ("0.035").
 * A figure not known is a blank field. Exact: decimal text in, decimal text out.
 */
import { Decimal, figureText } from "@/lib/costing/decimal";

/** "1250000000000.5" → "1 250 000 000 000.5"; null → "". */
export function typedAmount(text: string | null): string {
  if (text === null) return "";
  const [whole = "", decimals] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

/** A rate as the percentage typed for it: "0.035" → "3.5", "-0.008" → "-0.8"; null → "". */
export function typedPercentage(rate: string | null): string {
  return rate === null ? "" : figureText(new Decimal(rate).times(100));
}
