/**
 * The costing model's arithmetic: decimal.js-light with 40 significant digits, figures read from and written as
 * decimal text (as the app's numeric columns give them), so a cost is never a binary float and never NaN or Infinity.
 */
import DecimalLight from "decimal.js-light";

/**
 * Products of the inputs are exact while they need at most 40 significant digits: a population (up to 10 digits)
 * × a share (up to 6) × an amount (up to 20, as numeric(20,4)) needs 36. Divisions (a linear take-up, a pro-rated
 * age group, GDP per head, shares of GDP) keep 40 significant digits, the rest cut off by decimal.js-light.
 */
export const Decimal = DecimalLight.clone({ precision: 40, rounding: DecimalLight.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** Decimal text a figure may be written in: an optional minus, digits, an optional point and decimals. */
const decimalText = /^-?\d+(\.\d+)?$/;

/** A figure as given: absent, readable, or text that is not a number (kept apart so the row can say so). */
export type ReadFigure = { kind: "missing" } | { kind: "invalid" } | { kind: "value"; value: Decimal };

export function readFigure(text: string | null | undefined): ReadFigure {
  if (text === null || text === undefined || text.trim() === "") return { kind: "missing" };
  const trimmed = text.trim();
  // Exponents ("1e5") and "Infinity" are refused: the boundary writes plain decimals, as numeric columns do.
  if (!decimalText.test(trimmed)) return { kind: "invalid" };
  return { kind: "value", value: new Decimal(trimmed) };
}

/** A result as plain decimal text, never in exponent notation; "-0" reads "0". */
export function figureText(value: Decimal): string {
  return value.toFixed();
}

/**
 * Rounding for display only (the model never rounds): half away from zero, to `places` decimals. Screens and
 * exports call it just before formatting, e.g. 0 decimals for an amount, 2 for a percentage of GDP.
 */
export function roundedForDisplay(value: string, places: number): string {
  return new Decimal(value).toFixed(places, Decimal.ROUND_HALF_UP);
}
