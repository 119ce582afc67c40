/**
 * The demonstration dataset's chapter on exchange rates (issue 21, decision 2100): on the story's first day the
 * coordinator enters a monthly rate to US dollars for every currency the demo's support is in, for each month the
 * story covers and the month before. The figures are invented (near real levels, drifting a little each month; the
 * Argentine peso more), and their source says so.
 */
import { addExchangeRate } from "@/lib/funding/rates/add-exchange-rate";
import { liveRateWithKey } from "@/lib/funding/rates/rate-records";
import { agencyCurrencies, amountRanges } from "../countries";
import { dayMs, type Story } from "../story";

/** What each currency's invented monthly rate starts near, and how far it may move in a month (a share). */
const startingRates: Record<string, { rate: number; monthlyDrift: number }> = {
  EUR: { rate: 0.92, monthlyDrift: 0.01 },
  GBP: { rate: 0.79, monthlyDrift: 0.01 },
  SEK: { rate: 10.5, monthlyDrift: 0.015 },
  CHF: { rate: 0.88, monthlyDrift: 0.01 },
  XOF: { rate: 603.5, monthlyDrift: 0.01 },
  MZN: { rate: 63.9, monthlyDrift: 0.004 },
  RWF: { rate: 1280, monthlyDrift: 0.008 },
  ARS: { rate: 820, monthlyDrift: 0.04 },
  HTG: { rate: 132, monthlyDrift: 0.006 },
  NPR: { rate: 133, monthlyDrift: 0.004 },
  THB: { rate: 35.4, monthlyDrift: 0.01 },
  VND: { rate: 24_500, monthlyDrift: 0.004 },
};

export const demoRateSource = "Demonstration rates (invented, not published by the International Monetary Fund)";

/** The currencies the demo's amounts are in, other than the reporting currency's default. */
export const demoRateCurrencies = [...new Set([...Object.values(agencyCurrencies), ...Object.keys(amountRanges)])].filter((code) => code !== "USD").sort();

export function tellExchangeRates(story: Story): void {
  const { db, random, start, end, people } = story;
  const first = new Date(start - 31 * dayMs);
  const months: string[] = [];
  for (let month = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1); month <= end; month = Date.UTC(new Date(month).getUTCFullYear(), new Date(month).getUTCMonth() + 1, 1)) {
    months.push(new Date(month).toISOString().slice(0, 10));
  }
  for (const currency of demoRateCurrencies) {
    const { rate: startRate, monthlyDrift } = startingRates[currency]!;
    // Argentina's peso loses value month after month; the others wander around their level.
    const trend = currency === "ARS" ? monthlyDrift : 0;
    let rate = startRate;
    const figures = months.map((periodStart) => {
      rate *= 1 + trend + (random.next() * 2 - 1) * monthlyDrift * (trend ? 0.25 : 1);
      return { periodStart, rate: rate.toFixed(4) };
    });
    story.at("rates", start, async () => {
      for (const { periodStart, rate: figure } of figures) {
        const key = { currency, baseCurrency: "USD", period: "month" as const, periodStart };
        // A rate someone real entered for the month stays theirs: the demo adds none beside it.
        if (await liveRateWithKey(db, key)) continue;
        await addExchangeRate(db, people.coordinator, { ...key, rate: figure, source: demoRateSource });
      }
    });
  }
}
