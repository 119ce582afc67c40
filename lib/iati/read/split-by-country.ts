/**
 * An activity's money split across its recipient countries by their percentages, exactly: each share is rounded to
 * the cent (half away from zero) and, when the percentages add up to 100, the last country takes what is left, so
 * the shares add up to the amount to the last digit.
 */
import DecimalLight from "decimal.js-light";

export const Decimal = DecimalLight.clone({ precision: 40, rounding: DecimalLight.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** The countries an activity names with the share of its money each receives (percent, as numbers from the file). */
export interface CountryShare {
  code: string;
  percent: Decimal;
}

/** Shares of `amount` in the countries' order; the last takes the remainder when the percentages add up to 100. */
export function splitAmount(amount: Decimal, shares: readonly CountryShare[]): Decimal[] {
  const total = shares.reduce((sum, share) => sum.plus(share.percent), new Decimal(0));
  const whole = total.equals(100);
  let allocated = new Decimal(0);
  return shares.map((share, index) => {
    if (whole && index === shares.length - 1) return amount.minus(allocated);
    const part = amount.times(share.percent).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    allocated = allocated.plus(part);
    return part;
  });
}

/**
 * The countries' percentages as the activity gives them: one country without a percentage takes 100; several
 * without any split equally (the last taking the rounding); a missing percentage among given ones counts 0.
 * `equalSplit` says when the file gave none.
 */
export function countryShares(countries: readonly { code: string; percentage: number | null }[]): { shares: CountryShare[]; equalSplit: boolean } {
  const [only] = countries;
  if (countries.length === 1 && only !== undefined && only.percentage === null) return { shares: [{ code: only.code, percent: new Decimal(100) }], equalSplit: false };
  if (countries.length > 1 && countries.every((country) => country.percentage === null)) {
    const each = new Decimal(100).dividedBy(countries.length);
    const last = new Decimal(100).minus(each.times(countries.length - 1));
    return { shares: countries.map((country, index) => ({ code: country.code, percent: index === countries.length - 1 ? last : each })), equalSplit: true };
  }
  return { shares: countries.map((country) => ({ code: country.code, percent: new Decimal(String(country.percentage ?? 0)) })), equalSplit: false };
}

/** Plain decimal text, never exponent notation, trailing zeros kept to the cent where there are decimals. */
export function amountText(value: Decimal): string {
  return value.toFixed();
}
