import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "./format-money";

const inLocale = (locale: Locale) => createFormatter({ locale });

describe("formatMoney", () => {
  it("writes French amounts as the issue's working groups read them, with the sign naming the country", () => {
    expect(formatMoney(inLocale("fr"), "1234.56", "USD")).toMatch(/^1\s234,56\s\$US$/);
  });

  it("falls back to the ISO code wherever the sign alone is ambiguous", () => {
    expect(formatMoney(inLocale("en"), "1234.56", "USD")).toMatch(/^USD\s1,234\.56$/);
    expect(formatMoney(inLocale("fr"), "1234.5", "EUR")).toMatch(/^1\s234,50\sEUR$/);
    expect(formatMoney(inLocale("fr"), "250000", "XOF")).toMatch(/^250\s000\sXOF$/);
  });

  it("keeps every stored digit, beyond a float's precision", () => {
    expect(formatMoney(inLocale("pt"), "12345678901234.5678", "USD")).toBe("US$\u00a012.345.678.901.234,5678");
    expect(formatMoney(inLocale("es"), "12345.67", "USD")).toMatch(/^12\.345,67\sUS\$$/);
  });
});
