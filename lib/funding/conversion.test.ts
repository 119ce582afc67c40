import { describe, expect, it } from "vitest";
import { convert, lastUsableDay, periodEnd, type RateUsed, rateTableOf, sumConverted, toCents } from "./conversion";

const usd = { reportingCurrency: "USD", rateMaxAgeDays: 366 };
const rate = (currency: string, period: RateUsed["period"], periodStart: string, value: string, source = "International Monetary Fund, IFS"): RateUsed => ({
  currency,
  baseCurrency: "USD",
  period,
  periodStart,
  rate: value,
  source,
});

describe("converting an amount into the reporting currency", () => {
  it("uses the latest rate on or before the value date, not the next one", () => {
    const table = rateTableOf(usd, [rate("MZN", "month", "2024-01-01", "63.9"), rate("MZN", "month", "2024-03-01", "64"), rate("MZN", "month", "2024-02-01", "63.95")]);
    const between = convert(table, { amount: "6400", currency: "MZN", valueDate: "2024-03-20" });
    expect(between).toEqual({ converted: "100", rate: rate("MZN", "month", "2024-03-01", "64") });
    expect(convert(table, { amount: "6395", currency: "MZN", valueDate: "2024-02-29" }).converted).toBe("100");
    // The day a rate's period starts is its own.
    expect(convert(table, { amount: "639", currency: "mzn", valueDate: "2024-01-01" }).converted).toBe("10");
  });

  it("reads a month rate as the month's average: usable through the month and the maximum age after its end", () => {
    const table = rateTableOf({ reportingCurrency: "USD", rateMaxAgeDays: 30 }, [rate("KES", "month", "2024-02-01", "150")]);
    expect(periodEnd("month", "2024-02-01")).toBe("2024-02-29");
    expect(lastUsableDay({ period: "month", periodStart: "2024-02-01" }, 30)).toBe("2024-03-30");
    expect(convert(table, { amount: "300", currency: "KES", valueDate: "2024-03-30" }).converted).toBe("2");
    expect(convert(table, { amount: "300", currency: "KES", valueDate: "2024-03-31" })).toEqual({
      converted: null,
      rate: rate("KES", "month", "2024-02-01", "150"),
      missing: "too_old",
    });
  });

  it("reads a year rate (the IMF's annual average) as the whole year's, and prefers a finer rate starting the same day", () => {
    const table = rateTableOf({ reportingCurrency: "USD", rateMaxAgeDays: 0 }, [rate("XOF", "year", "2023-01-01", "606.569")]);
    expect(periodEnd("year", "2023-01-01")).toBe("2023-12-31");
    expect(convert(table, { amount: "606569", currency: "XOF", valueDate: "2023-12-31" }).converted).toBe("1000");
    expect(convert(table, { amount: "606569", currency: "XOF", valueDate: "2024-01-01" }).missing).toBe("too_old");

    const mixed = rateTableOf(usd, [rate("XOF", "month", "2023-01-01", "600"), rate("XOF", "year", "2023-01-01", "606.569"), rate("XOF", "day", "2023-01-01", "610")]);
    expect(convert(mixed, { amount: "610", currency: "XOF", valueDate: "2023-01-01" }).rate?.period).toBe("day");
    // The next day the day's rate still starts latest; once past the maximum age it is too old, not replaced by the month's.
    expect(convert(mixed, { amount: "610", currency: "XOF", valueDate: "2023-01-02" }).converted).toBe("1");
  });

  it("says there is no rate before the first one, for a currency without rates, and for rates of another base", () => {
    const table = rateTableOf(usd, [rate("MZN", "month", "2024-01-01", "63.9"), { ...rate("ZAR", "month", "2024-01-01", "18.5"), baseCurrency: "EUR" }]);
    expect(convert(table, { amount: "100", currency: "MZN", valueDate: "2023-12-31" })).toEqual({ converted: null, rate: null, missing: "no_rate" });
    expect(convert(table, { amount: "100", currency: "GHS", valueDate: "2024-06-01" })).toEqual({ converted: null, rate: null, missing: "no_rate" });
    // No cross rates: a ZAR rate against EUR does not convert into USD.
    expect(convert(table, { amount: "100", currency: "ZAR", valueDate: "2024-06-01" }).missing).toBe("no_rate");
  });

  it("converts the reporting currency itself at 1 with no rate", () => {
    const table = rateTableOf({ reportingCurrency: "EUR", rateMaxAgeDays: 0 }, []);
    expect(convert(table, { amount: "1250.5000", currency: "EUR", valueDate: "1990-01-01" })).toEqual({ converted: "1250.5", rate: null });
  });

  it("keeps decimals exact and rounds only when shown, half away from zero", () => {
    const table = rateTableOf(usd, [rate("XOF", "year", "2024-01-01", "1"), rate("MZN", "year", "2024-01-01", "3"), rate("JPY", "year", "2024-01-01", "151.4594505")]);
    const halfCent = convert(table, { amount: "1000000.005", currency: "XOF", valueDate: "2024-05-01" });
    expect(halfCent.converted).toBe("1000000.005");
    expect(toCents(halfCent.converted!)).toBe("1000000.01");
    expect(toCents("-0.005")).toBe("-0.01");
    // Where binary floats go wrong (1.005 is 1.00499999… as a double), the decimal rounds as written.
    expect((1.005).toFixed(2)).toBe("1.00");
    expect(toCents("1.005")).toBe("1.01");
    // 655,957 XOF at 655.957 per USD is exactly 1,000 USD, and half a franc more does not move the cent.
    const francs = rateTableOf(usd, [rate("XOF", "year", "2024-01-01", "655.957")]);
    expect(convert(francs, { amount: "655957", currency: "XOF", valueDate: "2024-05-01" }).converted).toBe("1000");
    expect(toCents(convert(francs, { amount: "655957.5", currency: "XOF", valueDate: "2024-05-01" }).converted!)).toBe("1000.00");

    // A third of a unit each: rounded one by one the sum would be 0.99; summed first it is 1.00.
    const thirds = [1, 2, 3].map(() => convert(table, { amount: "1", currency: "MZN", valueDate: "2024-05-01" }));
    expect(toCents(thirds[0]!.converted!)).toBe("0.33");
    expect(toCents(sumConverted(thirds).total)).toBe("1.00");

    // A large amount at a ten-decimal rate keeps every cent.
    const yen = convert(table, { amount: "9999999999999999.9999", currency: "JPY", valueDate: "2024-05-01" });
    expect(toCents(yen.converted!)).toBe("66024272285340.16");
  });

  it("sums what converts and counts what it left out, never as zero", () => {
    const table = rateTableOf({ reportingCurrency: "USD", rateMaxAgeDays: 10 }, [rate("MZN", "month", "2024-01-01", "64")]);
    const conversions = [
      convert(table, { amount: "640", currency: "MZN", valueDate: "2024-01-15" }),
      convert(table, { amount: "5.25", currency: "USD", valueDate: "2024-01-15" }),
      convert(table, { amount: "640", currency: "MZN", valueDate: "2024-06-01" }),
      convert(table, { amount: "1000", currency: "XOF", valueDate: "2024-01-15" }),
    ];
    expect(conversions.map((conversion) => conversion.missing)).toEqual([undefined, undefined, "too_old", "no_rate"]);
    expect(sumConverted(conversions)).toEqual({ total: "15.25", counted: 2, leftOut: 2 });
    expect(sumConverted([])).toEqual({ total: "0", counted: 0, leftOut: 0 });
  });
});
