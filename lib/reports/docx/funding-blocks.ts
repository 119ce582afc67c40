/**
 * The country report's funding in the reporting currency, in Word: the converted flows beside the per-currency table,
 * then as text the rates used (period and source), the amounts left out for want of a usable rate and why, the
 * pass-throughs left out, and how Socle counts, as the report page says it.
 */
import { toCents } from "@/lib/funding/conversion";
import type { FundingTotals } from "@/lib/funding/totals/count-funding";
import { countedFlows } from "@/lib/funding/totals/counting";
import { type Block, bulletList, paragraph, table } from "./builders";
import type { DocumentWords } from "./words";

export function convertedBlocks(totals: FundingTotals, words: DocumentWords): Block[] {
  const { t, money, day, number } = words;
  const { converted } = totals;
  const period = (rate: FundingTotals["converted"]["rates"][number]) =>
    rate.period === "day"
      ? t("funding.ratePeriod.day", { date: day(rate.periodStart) })
      : rate.period === "month"
        ? t("funding.ratePeriod.month", { date: rate.periodStart.slice(0, 7) })
        : t("funding.ratePeriod.year", { date: rate.periodStart.slice(0, 4) });
  const rates = converted.rates.map((rate) =>
    t("funding.rateLine", { base: rate.baseCurrency, rate: number(rate.rate, 10), currency: rate.currency, period: period(rate), source: rate.source }),
  );
  const leftOut = converted.leftOut
    .slice(0, 10)
    .map((amount) => `${money(amount.amount, amount.currency)} — ${t(amount.reason === "too_old" ? "funding.rateTooOld" : "funding.noRate", { currency: amount.currency, date: day(amount.valueDate) })}`);
  return [
    ...table(
      t("funding.convertedTitle", { currency: converted.currency }),
      [{ label: t("funding.flowHeader") }, ...countedFlows.map((flow) => ({ label: t(`support.flow.${flow}`), numeric: true }))],
      [[t("funding.convertedTitle", { currency: converted.currency }), ...countedFlows.map((flow) => money(toCents(converted[flow]), converted.currency))]],
    ),
    ...(rates.length ? [paragraph(`${t("funding.ratesUsed")}: ${rates.join("; ")}`)] : []),
    ...(converted.leftOut.length ? [paragraph(t("funding.leftOut", { count: converted.leftOut.length })), ...bulletList(leftOut)] : []),
    ...(totals.passedOnFrom.length ? [paragraph(t("funding.passedOnCount", { count: totals.passedOnFrom.length }))] : []),
    paragraph(t("funding.howWeCount"), "muted"),
  ];
}
