/** A rate's period as people read it: the day, the month and year, or the year, in the reader's locale. */
import type { ExchangeRatePeriod } from "@/db/schema/values";

type DateFormatter = { dateTime: (date: Date, options: { year?: "numeric"; month?: "long"; dateStyle?: "medium"; timeZone?: string }) => string };

export function periodLabel(format: DateFormatter, period: ExchangeRatePeriod, periodStart: string): string {
  const date = new Date(`${periodStart}T00:00:00Z`);
  if (period === "year") return periodStart.slice(0, 4);
  if (period === "month") return format.dateTime(date, { year: "numeric", month: "long", timeZone: "UTC" });
  return format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
}
