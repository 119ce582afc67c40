/** Exact amounts as decimal strings: the canonical form used to compare them, never a float. */

/** "001250.5000" → "1250.5"; "0.0000" → "0". Input is a decimal string as numeric(20,4) returns it or as validated. */
export function normalizeAmount(amount: string): string {
  const [whole = "0", fraction = ""] = amount.trim().split(".", 2);
  const integer = whole.replace(/^0+(?=\d)/, "");
  const decimals = fraction.replace(/0+$/, "");
  return decimals ? `${integer}.${decimals}` : integer;
}

export function sameAmount(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return a == b;
  return normalizeAmount(a) === normalizeAmount(b);
}

/** The exact sum of two non-negative decimal amounts of up to four decimals, as numeric(20,4) holds them. */
export function addAmounts(a: string, b: string): string {
  const scaled = (amount: string) => {
    const [whole = "0", fraction = ""] = normalizeAmount(amount).split(".");
    return BigInt(whole) * 10000n + BigInt(fraction.padEnd(4, "0").slice(0, 4) || "0");
  };
  const sum = scaled(a) + scaled(b);
  return normalizeAmount(`${sum / 10000n}.${String(sum % 10000n).padStart(4, "0")}`);
}
